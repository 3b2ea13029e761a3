package com.marketplace.platform.subscriptions.domain;

import java.time.Instant;
import java.util.Optional;

/** An invoice of a subscription as Stripe answers it on a re-fetch: what the dunning and receipt mails say. */
public record InvoiceState(String id, Optional<String> number, Optional<String> subscriptionId, String status,
                           String billingReason, long amountPaid, long amountDue, String currency, long attemptCount,
                           Optional<Instant> nextPaymentAttempt) {

    /** A renewal's receipt is owed for a paid cycle or plan-change invoice that charged something (not the first invoice). */
    public boolean isPaidRenewal() {
        return "paid".equals(status) && amountPaid > 0
                && ("subscription_cycle".equals(billingReason) || "subscription_update".equals(billingReason));
    }

    /** Still waiting to be paid: a failure or an action asked for is worth telling the buyer only then. */
    public boolean isOpen() {
        return "open".equals(status);
    }
}
