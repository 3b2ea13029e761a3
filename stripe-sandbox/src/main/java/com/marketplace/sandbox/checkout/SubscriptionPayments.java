package com.marketplace.sandbox.checkout;

import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;

/**
 * How a session in {@code mode=subscription} is paid: billing starts the subscription and its first
 * invoice. An interface here so that checkout hands such sessions over without depending on billing.
 */
public interface SubscriptionPayments {

    PaymentResult pay(SandboxTx tx, Scope scope, StripeObject session, PaymentMethod method, boolean authenticated);
}
