package com.marketplace.web.it.purchases;

import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.Shop;

/** Paying a purchase's session on the sandbox's hosted page, as a buyer with a card would. */
final class SandboxPay {

    private SandboxPay() {
    }

    static void card(String sessionId) {
        SandboxStripe.Raw paid = Shop.stripe().helper("checkout/sessions/" + sessionId + "/pay", "card", "4242424242424242");
        if (paid.status() != 200) {
            throw new AssertionError("pay: HTTP " + paid.status() + " " + paid.body());
        }
    }
}
