package com.marketplace.webhooks.interfaces.rest;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.security.AdminOnly;
import com.marketplace.webhooks.application.InboxAdministration;
import com.marketplace.webhooks.domain.InboxOverview;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.ReplayRefused;
import com.marketplace.webhooks.domain.UnknownInboxEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The webhook inbox for admins: what arrived, in which state, how far behind; and replay of an event. */
@Path("admin/webhook-events")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: webhooks", description = "The Stripe event inbox")
public class AdminWebhookEventsResource {

    @Inject
    InboxAdministration administration;

    @GET
    @Operation(operationId = "listWebhookEvents", summary = "Stored events, newest first, with counts per status and the age of the oldest unprocessed one")
    public WebhookInboxResponse list(@QueryParam("status") String status, @QueryParam("type") String type,
                                     @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        Optional<InboxStatus> statusFilter = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(AdminWebhookEventsResource::status);
        InboxOverview overview = administration.overview();
        Map<String, Long> counts = new LinkedHashMap<>();
        overview.counts().forEach((key, count) -> counts.put(key.code(), count));
        Long oldestAge = overview.oldestWaiting().map(Duration::toSeconds).orElse(null);
        return new WebhookInboxResponse(counts, oldestAge, administration.events(statusFilter,
                Optional.ofNullable(type).filter(t -> !t.isBlank()), limit).stream().map(WebhookEventResponse::of).toList());
    }

    @POST
    @Path("{id}/replay")
    @Operation(operationId = "replayWebhookEvent", summary = "Process a stored event again (a dead one, or any not being processed right now)")
    @APIResponse(responseCode = "202", description = "Queued for processing again", content = @Content(schema = @Schema(implementation = WebhookEventResponse.class)))
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The event is being processed right now")
    public Response replay(@PathParam("id") String eventId) {
        try {
            return Response.accepted(WebhookEventResponse.of(administration.replay(eventId))).build();
        } catch (UnknownInboxEvent unknown) {
            throw new ApiException(ErrorCode.NOT_FOUND, unknown.getMessage());
        } catch (ReplayRefused refused) {
            throw new ApiException(ErrorCode.CONFLICT, refused.getMessage());
        }
    }

    private static InboxStatus status(String value) {
        try {
            return InboxStatus.fromCode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "status must be one of "
                    + Arrays.stream(InboxStatus.values()).map(InboxStatus::code).toList());
        }
    }
}
