package com.marketplace.sandbox.checkout;

import com.marketplace.sandbox.protocol.StripeObject;

/** What paying a Checkout Session came to, and the session as it stands after it. */
public record PaymentResult(Outcome outcome, StripeObject session, String message) {

    public enum Outcome { PAID, PROCESSING, DECLINED, AUTHENTICATION_FAILED }
}
