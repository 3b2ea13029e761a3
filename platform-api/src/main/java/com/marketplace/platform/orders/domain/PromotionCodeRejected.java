package com.marketplace.platform.orders.domain;

/** A promotion code the buyer entered that cannot be used on their order; its message says why, naming the code. */
public class PromotionCodeRejected extends RuntimeException {

    /** Why, in the words the buyer reads after "Promotion code X ". */
    public enum Reason {
        UNKNOWN("does not exist"),
        INACTIVE("is no longer active"),
        EXPIRED("has expired"),
        USED_UP("has already been used as many times as it may be"),
        FOR_ANOTHER_CUSTOMER("is reserved for a particular customer"),
        COUPON_NOT_VALID("can no longer be redeemed: its coupon is not valid any more"),
        NOT_FOR_THIS_PRODUCT("does not apply to this product"),
        NOT_IN_THIS_CURRENCY("cannot be used for a purchase in this currency"),
        BELOW_MINIMUM("needs a larger purchase");

        private final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    private final String code;
    private final Reason reason;

    public PromotionCodeRejected(String code, Reason reason) {
        this(code, reason, "");
    }

    /** {@code detail} completes the reason ("of at least 20.00 EUR"). */
    public PromotionCodeRejected(String code, Reason reason, String detail) {
        super("Promotion code " + code + " " + reason.words + (detail.isEmpty() ? "" : " " + detail) + ".");
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    public Reason reason() {
        return reason;
    }
}
