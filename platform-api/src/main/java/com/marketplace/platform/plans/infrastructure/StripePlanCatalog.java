package com.marketplace.platform.plans.infrastructure;

import com.marketplace.platform.plans.domain.PlanCatalogGateway;
import com.marketplace.platform.plans.domain.PlanGatewayFailure;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanPricing;
import com.marketplace.platform.plans.domain.PlanRouting;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.stripe.infrastructure.StripeApi;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.PriceUpdateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.ProductUpdateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A plan's Product and recurring Prices at Stripe: on the seller's connected account for a Direct
 * seller ({@code Stripe-Account}), on the platform for Destination, where {@code metadata[seller]}
 * says whose it is (the customer portal shows a seller's own plans by it).
 */
@ApplicationScoped
public class StripePlanCatalog implements PlanCatalogGateway {

    static final String SELLER_KEY = "seller";
    static final String PLAN_KEY = "plan_id";

    private StripeApi stripe;

    protected StripePlanCatalog() {
        // for CDI proxies
    }

    @Inject
    public StripePlanCatalog(StripeApi stripe) {
        this.stripe = stripe;
    }

    @Override
    public String createProduct(PlanRouting routing, PlanId plan, String name, String description, String idempotencyKey) {
        ProductCreateParams.Builder params = ProductCreateParams.builder()
                .setName(name)
                .putMetadata(PLAN_KEY, plan.toString());
        if (!description.isBlank()) {
            params.setDescription(description);
        }
        if (routing.chargeType() == ChargeType.DESTINATION) {
            params.putMetadata(SELLER_KEY, routing.seller().toString());
        }
        try {
            return stripe.client().v1().products().create(params.build(), writeOptions(routing.requestAccount(), idempotencyKey)).getId();
        } catch (StripeException e) {
            throw failure("creating the product of plan " + plan, e);
        }
    }

    @Override
    public void updateProduct(PlanRouting routing, String productId, String name, String description, String idempotencyKey) {
        // Stripe refuses an empty description; "" through emptyParam clears it.
        ProductUpdateParams.Builder params = ProductUpdateParams.builder().setName(name);
        if (description.isBlank()) {
            params.setDescription(com.stripe.param.common.EmptyParam.EMPTY);
        } else {
            params.setDescription(description);
        }
        try {
            stripe.client().v1().products().update(productId, params.build(), writeOptions(routing.requestAccount(), idempotencyKey));
        } catch (StripeException e) {
            throw failure("updating product " + productId, e);
        }
    }

    @Override
    public String createPrice(PlanRouting routing, String productId, PlanPricing pricing, String idempotencyKey) {
        PriceCreateParams params = PriceCreateParams.builder()
                .setProduct(productId)
                .setUnitAmount(pricing.amount().minorUnits())
                .setCurrency(pricing.amount().currency().value())
                .setRecurring(PriceCreateParams.Recurring.builder()
                        .setInterval(switch (pricing.interval()) {
                            case MONTH -> PriceCreateParams.Recurring.Interval.MONTH;
                            case YEAR -> PriceCreateParams.Recurring.Interval.YEAR;
                        })
                        .build())
                .build();
        try {
            return stripe.client().v1().prices().create(params, writeOptions(routing.requestAccount(), idempotencyKey)).getId();
        } catch (StripeException e) {
            throw failure("creating a price of product " + productId, e);
        }
    }

    @Override
    public void deactivatePrice(PlanRouting routing, String priceId, String idempotencyKey) {
        try {
            stripe.client().v1().prices().update(priceId, PriceUpdateParams.builder().setActive(false).build(),
                    writeOptions(routing.requestAccount(), idempotencyKey));
        } catch (StripeException e) {
            throw failure("deactivating price " + priceId, e);
        }
    }

    private RequestOptions writeOptions(Optional<String> account, String idempotencyKey) {
        return account.map(id -> stripe.idempotentOnAccount(idempotencyKey, id)).orElseGet(() -> stripe.idempotent(idempotencyKey));
    }

    // Stripe's own message stays out: it can name settings and objects. The request id finds it in Stripe's logs.
    private static PlanGatewayFailure failure(String what, StripeException e) {
        boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e.getStatusCode() != null && (e.getStatusCode() >= 500 || e.getStatusCode() == 409));
        return new PlanGatewayFailure(what + " failed: " + (transientFailure ? "Stripe could not be reached" : "Stripe refused it")
                + " (HTTP " + e.getStatusCode() + ", code " + e.getCode() + ", request id " + e.getRequestId() + ")", transientFailure, e);
    }
}
