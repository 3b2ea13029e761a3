package com.marketplace.platform.fakes;

import com.marketplace.platform.plans.domain.PlanCatalogGateway;
import com.marketplace.platform.plans.domain.PlanGatewayFailure;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanPricing;
import com.marketplace.platform.plans.domain.PlanRouting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's Products and Prices as Stripe keeps them: an idempotency key sent again returns what
 * its first request made. {@link #goDown()} makes every call fail as if Stripe were unreachable.
 */
public final class FakePlanCatalog implements PlanCatalogGateway {

    /** One Stripe object as made: where (the request account, empty = platform), and what. */
    public record Made(String id, Optional<String> account, String key, Map<String, Object> fields) {
    }

    private final Map<String, Made> byKey = new HashMap<>();
    private final Map<String, Made> byId = new HashMap<>();
    private final List<String> deactivated = new ArrayList<>();
    private int calls;
    private int failuresLeft;
    private int okCallsBeforeFailure = -1;
    private int next = 1;

    public void goDown() {
        failuresLeft = Integer.MAX_VALUE;
    }

    /** After {@code okCalls} more calls succeed, the next one fails (Stripe went away mid-command). */
    public void failAfter(int okCalls) {
        okCallsBeforeFailure = okCalls;
    }

    public void comeBack() {
        failuresLeft = 0;
    }

    @Override
    public String createProduct(PlanRouting routing, PlanId plan, String name, String description, String idempotencyKey) {
        return make("prod_", routing, idempotencyKey, Map.of("name", name, "description", description,
                "seller", routing.chargeType().name().equals("DESTINATION") ? routing.seller().toString() : "")).id();
    }

    @Override
    public void updateProduct(PlanRouting routing, String productId, String name, String description, String idempotencyKey) {
        make("upd_", routing, idempotencyKey, Map.of("product", productId, "name", name, "description", description));
    }

    @Override
    public String createPrice(PlanRouting routing, String productId, PlanPricing pricing, String idempotencyKey) {
        return make("price_", routing, idempotencyKey, Map.of("product", productId, "pricing", pricing)).id();
    }

    @Override
    public void deactivatePrice(PlanRouting routing, String priceId, String idempotencyKey) {
        make("deact_", routing, idempotencyKey, Map.of("price", priceId));
        if (!deactivated.contains(priceId)) {
            deactivated.add(priceId);
        }
    }

    private Made make(String prefix, PlanRouting routing, String key, Map<String, Object> fields) {
        calls++;
        if (okCallsBeforeFailure == 0) {
            okCallsBeforeFailure = -1;
            throw new PlanGatewayFailure("Stripe could not be reached (fake)", true, null);
        }
        if (okCallsBeforeFailure > 0) {
            okCallsBeforeFailure--;
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new PlanGatewayFailure("Stripe could not be reached (fake)", true, null);
        }
        Made earlier = byKey.get(key);
        if (earlier != null) {
            if (!earlier.fields().equals(fields) || !earlier.account().equals(routing.requestAccount())) {
                throw new PlanGatewayFailure("idempotency key " + key + " reused with another request", false, null);
            }
            return earlier;
        }
        Made made = new Made(prefix + next++, routing.requestAccount(), key, fields);
        byKey.put(key, made);
        byId.put(made.id(), made);
        return made;
    }

    /** Every object made, by id. */
    public Optional<Made> object(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public long count(String prefix) {
        return byId.keySet().stream().filter(id -> id.startsWith(prefix)).count();
    }

    public boolean isDeactivated(String priceId) {
        return deactivated.contains(priceId);
    }

    public int calls() {
        return calls;
    }
}
