package com.marketplace.platform.notifications.domain;

import java.util.Arrays;

/**
 * What a message tells whom: the {@code kind} column and the JSON field carry {@link #code()}
 * (docs/notifications.md). Subscriptions, payouts and alerts add their messages through the same
 * outbox; their kinds are named here already so that the names stay one list.
 */
public enum NotificationKind {
    ORDER_RECEIPT("order_receipt"),
    PAYMENT_FAILED("payment_failed"),
    REFUND_ISSUED("refund_issued"),
    OUT_OF_STOCK_REFUND("out_of_stock_refund"),
    SELLER_NEW_ORDER("seller_new_order"),
    SELLER_REFUND("seller_refund"),
    DISPUTE_OPENED("dispute_opened"),
    DISPUTE_CLOSED("dispute_closed"),
    SUBSCRIPTION_STARTED("subscription_started"),
    TRIAL_ENDING("trial_ending"),
    RENEWAL_RECEIPT("renewal_receipt"),
    RENEWAL_FAILED("renewal_failed"),
    ACTION_REQUIRED("action_required"),
    SUBSCRIPTION_CANCELLED("subscription_cancelled"),
    SELLER_NEW_SUBSCRIBER("seller_new_subscriber"),
    PAYOUT_PAID("payout_paid"),
    PAYOUT_FAILED("payout_failed"),
    REQUIREMENTS_DUE("requirements_due"),
    ACCOUNT_DISCONNECTED("account_disconnected"),
    ALERT("alert");

    private final String code;

    NotificationKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static NotificationKind fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no notification kind " + code));
    }
}
