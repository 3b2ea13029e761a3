package com.marketplace.sandbox.it.support;

import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;

/** A multi-seller cart's payment: a platform charge with a transfer_group and no destination, paid with 4242. */
public final class SeparateCharges {

    private SeparateCharges() {
    }

    public static Charge paidPlatformCharge(SandboxStripe stripe, SandboxScenarios scenarios, String group, long amount)
            throws StripeException {
        Session session = stripe.client().checkout().sessions().create(scenarios.sessionFor(amount, "eur", 1)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().setTransferGroup(group).build())
                .build());
        SandboxStripe.Raw paid = scenarios.payOnHostedPage(session, "4242424242424242");
        if (paid.status() != 303) {
            throw new AssertionError("paying the session failed: " + paid.body());
        }
        String intent = stripe.client().checkout().sessions().retrieve(session.getId()).getPaymentIntent();
        return stripe.client().charges().retrieve(stripe.client().paymentIntents().retrieve(intent).getLatestCharge());
    }
}
