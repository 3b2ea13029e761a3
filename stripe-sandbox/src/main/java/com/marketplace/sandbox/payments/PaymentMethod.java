package com.marketplace.sandbox.payments;

import com.marketplace.sandbox.protocol.StripeObject;

/**
 * How a buyer pays on the hosted checkout page: Stripe's test cards, or a delayed "bank debit"
 * that completes the session unpaid and settles later.
 */
public enum PaymentMethod {
    SUCCEEDING_CARD("4242424242424242", "visa", "4242", Behaviour.SUCCEED),
    DECLINED_CARD("4000000000000002", "visa", "0002", Behaviour.DECLINE),
    INSUFFICIENT_FUNDS_CARD("4000000000009995", "visa", "9995", Behaviour.DECLINE),
    AUTHENTICATION_CARD("4000002500003155", "visa", "3155", Behaviour.AUTHENTICATE),
    /** Stripe's 4000 0000 0000 0341: attaching it to a customer succeeds, every charge on it fails. */
    ATTACH_THEN_DECLINE_CARD("4000000000000341", "visa", "0341", Behaviour.ATTACH_THEN_DECLINE),
    BANK_DEBIT("bank_debit", null, "6789", Behaviour.DELAYED);

    public enum Behaviour { SUCCEED, DECLINE, AUTHENTICATE, DELAYED, ATTACH_THEN_DECLINE }

    private final String number;
    private final String brand;
    private final String last4;
    private final Behaviour behaviour;

    PaymentMethod(String number, String brand, String last4, Behaviour behaviour) {
        this.number = number;
        this.brand = brand;
        this.last4 = last4;
        this.behaviour = behaviour;
    }

    /** The method for what was typed or chosen (spaces in card numbers ignored); null for an unknown card. */
    public static PaymentMethod forInput(String input) {
        String normalized = input == null ? "" : input.replaceAll("[\\s-]", "");
        for (PaymentMethod method : values()) {
            if (method.number.equals(normalized)) {
                return method;
            }
        }
        return null;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    /** Whether a charge on this method is declined outright (no authentication step can save it). */
    public boolean declinesCharges() {
        return behaviour == Behaviour.DECLINE || behaviour == Behaviour.ATTACH_THEN_DECLINE;
    }

    public String brand() {
        return brand;
    }

    public String last4() {
        return last4;
    }

    public String number() {
        return number;
    }

    public String declineCode() {
        return this == INSUFFICIENT_FUNDS_CARD ? "insufficient_funds" : "generic_decline";
    }

    public String declineMessage() {
        return this == INSUFFICIENT_FUNDS_CARD ? "Your card has insufficient funds." : "Your card was declined.";
    }

    public StripeObject details() {
        if (this == BANK_DEBIT) {
            return StripeObject.of("type", "sepa_debit", "sepa_debit", StripeObject.of("bank_code", "37040044",
                    "country", "DE", "last4", last4, "mandate", null));
        }
        return StripeObject.of("type", "card", "card", StripeObject.of("brand", brand, "country", "US", "exp_month", 12L,
                "exp_year", 2034L, "funding", "credit", "last4", last4, "network", brand));
    }
}
