package com.marketplace.web.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every operation of the API shares, stated once here rather than on each resource method:
 * who may call it (HTTP Basic, or nobody signed in), the {@code Idempotency-Key} header of every
 * write under {@code /api} with the answers it adds, and the error body of every 4xx and 5xx.
 * Which operations are public follows the routes' access rules (AuthorizationMatrixIT).
 */
final class OperationConventions {

    static final String BASIC = "basicAuth";

    /** Nobody signs in: the storefront, sign-ups, the return page's check, and Stripe's webhooks (signed instead). */
    static final Set<String> PUBLIC = Set.of("listProducts", "getProduct", "listPlans", "getPlan", "confirmCheckout",
            "registerSeller", "registerBuyer", "receivePlatformEvent", "receiveConnectEvent");
    /** Anyone, or a signed-in buyer whose purchase it then is; a guest reads with the order token instead. */
    static final Set<String> SIGN_IN_OPTIONAL = Set.of("startCheckout", "getOrder", "getPurchase");

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH);
    private static final String ERROR_BODY = "#/components/schemas/ErrorBody";

    void apply(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setSecurity(security(operation.getOperationId()));
        if (path.startsWith("/api/") && WRITES.contains(method)) {
            idempotent(operation);
        }
        if (!PUBLIC.contains(operation.getOperationId()) && !SIGN_IN_OPTIONAL.contains(operation.getOperationId())
                && operation.getResponses().getAPIResponse("401") == null) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("Not signed in"));
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            // A response given by reference (the webhooks') states its body where it is defined.
            if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null) {
                response.setContent(errorContent());
            }
        });
    }

    // An empty requirement ({}) is "no sign-in"; Payara leaves an empty security list out of the
    // document, so a public operation is stated as [{}] rather than [].
    private static List<SecurityRequirement> security(String operationId) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (PUBLIC.contains(operationId) || SIGN_IN_OPTIONAL.contains(operationId)) {
            requirements.add(OASFactory.createSecurityRequirement());
        }
        if (!PUBLIC.contains(operationId)) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme(BASIC));
        }
        return requirements;
    }

    private static void idempotent(Operation operation) {
        if (operation.getParameters() == null || operation.getParameters().stream().noneMatch(p -> "#/components/parameters/IdempotencyKey".equals(p.getRef()))) {
            operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/IdempotencyKey"));
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader("Idempotent-Replayed", OASFactory.createHeader().ref("#/components/headers/IdempotentReplayed"));
            }
        });
        APIResponse badRequest = operation.getResponses().getAPIResponse("400");
        String keyRefused = "the Idempotency-Key is longer than 255 characters or was used with another body (idempotency_error)";
        if (badRequest == null) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description("Refused: " + keyRefused));
        } else if (!badRequest.getDescription().contains("idempotency_error")) {
            badRequest.setDescription(badRequest.getDescription() + "; or " + keyRefused);
        }
        APIResponse conflict = operation.getResponses().getAPIResponse("409");
        String keyBusy = "a request with this Idempotency-Key is still in progress (idempotency_key_in_use); retry later";
        if (conflict == null) {
            operation.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("Refused: " + keyBusy));
        } else if (!conflict.getDescription().contains("idempotency_key_in_use")) {
            conflict.setDescription(conflict.getDescription() + "; or " + keyBusy);
        }
    }

    private static Content errorContent() {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_BODY)));
    }
}
