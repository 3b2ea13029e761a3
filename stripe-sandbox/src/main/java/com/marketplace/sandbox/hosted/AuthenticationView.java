package com.marketplace.sandbox.hosted;

/** The 3-D Secure step: the card number travels on, hidden, with the buyer's answer. */
public record AuthenticationView(String payUrl, String cardNumber, String email) {
}
