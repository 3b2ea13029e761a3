package com.marketplace.web.pages.buyer;

import java.util.List;
import java.util.Optional;

/**
 * One of a buyer's subscriptions ({@code buyer/subscription.jte}): its terms and state in words,
 * and what the buyer may do with it now. Every value is written for people.
 *
 * @param statusCode the mirrored status, lower case ({@code trialing}); {@code status} says it in words
 * @param facts the dates that matter, in order ("Trial ends" → "15 Dec 2026")
 * @param processing the checkout is paid or being paid but Stripe has not said so yet: the page looks again shortly
 * @param problem why the last action was refused, shown on the page
 * @param running Stripe still bills it: the portal, the plan change and cancelling are offered
 * @param switchable the plans it may change to (the seller's other plans in the same currency)
 */
public record SubscriptionView(long id, String plan, String seller, long sellerId, String price, String statusCode, String status,
                               boolean cancelAtPeriodEnd, List<Fact> facts, boolean pastDue, boolean processing,
                               Optional<String> problem, boolean running, List<PlanOption> switchable, String csrfToken) {

    /** How long the "processing" page waits before it looks again. */
    public static final int RECHECK_SECONDS = 3;

    public SubscriptionView {
        facts = List.copyOf(facts);
        switchable = List.copyOf(switchable);
    }

    public String action() {
        return "/account/subscriptions/" + id;
    }

    public String shopHref() {
        return "/shops/" + sellerId;
    }

    public String pastDueWarning() {
        return SubscriptionText.PAST_DUE_WARNING;
    }

    /** A labelled value of the details list. */
    public record Fact(String label, String value) {
    }

    /** A plan the subscription may change to, with its price per interval ("Gold — €30.00 / month"). */
    public record PlanOption(long id, String label) {
    }
}
