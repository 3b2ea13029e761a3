package com.marketplace.platform.alerts.domain;

import java.util.Locale;

/** The patterns an admin is alerted to; the lower-case name is the rule's name in the API and the database. */
public enum AlertRule {
    /** Too many payments failing in a currency: a payment method or the checkout may be broken. */
    PAYMENT_SUCCESS_RATE_LOW,
    /** Disputes above the share card networks start to act on (0.75 %). */
    DISPUTE_RATE_HIGH,
    /** A webhook event gave up after its retries: something Stripe told us was never applied. */
    DEAD_WEBHOOK_EVENTS,
    /** A message failed every retry: a buyer, a seller or an admin was never told something. */
    DEAD_NOTIFICATIONS,
    /** Stripe's events are waiting too long: the worker is stuck or overwhelmed. */
    WEBHOOK_LAG_HIGH,
    /** Far more refunds in the last hour than usual. */
    REFUND_SPIKE,
    /** Sellers whose latest payout failed: Stripe holds their payouts until their bank account is fixed. */
    PAYOUT_FAILURES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
