package com.marketplace.sandbox.hosted;

import java.util.List;
import java.util.Optional;

/**
 * The hosted customer portal of one portal session. Amounts and dates are already written for people.
 *
 * @param pageUrl the page's own path, which its forms post to
 * @param returnUrl the session's return_url, only when it is an http(s) address
 */
public record PortalPageView(String pageUrl, Optional<String> email, Optional<String> card, List<Subscription> subscriptions,
                             Optional<String> message, Optional<String> error, Optional<String> returnUrl) {

    public PortalPageView {
        subscriptions = List.copyOf(subscriptions);
    }

    /** One current subscription: its plan, status, what it costs, when it renews or ends, and what can be done with it. */
    public record Subscription(String id, String plan, String status, String price, String renewal, boolean cancelAtPeriodEnd,
                               Optional<String> amountDue, List<PlanOption> options) {
        public Subscription {
            options = List.copyOf(options);
        }
    }

    /** A plan the subscriber may switch to. */
    public record PlanOption(String priceId, String label) {
    }
}
