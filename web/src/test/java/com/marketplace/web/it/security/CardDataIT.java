package com.marketplace.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PCI DSS SAQ A scope (docs/security.md): card numbers are typed on Stripe's page only, never on
 * the marketplace's, and no card number reaches the process's log.
 */
@ExtendWith(RunningMarketplace.class)
class CardDataIT {

    private static final String CARD = "4242 4242 4242 4242";
    // Every card number the sandbox's checkout page knows: other tests pay, and are declined, with them too.
    private static final Pattern ANY_TEST_CARD = Pattern.compile("4242 ?4242 ?4242 ?4242|4000 ?0000 ?0000 ?0002|4000 ?0000 ?0000 ?9995"
            + "|4000 ?0025 ?0000 ?3155");
    private static final Pattern CARD_FIELD = Pattern.compile("<input[^>]*(card|cc-number|cvc|cvv)", Pattern.CASE_INSENSITIVE);

    @Test
    void theProductPageAsksForNoCardDetailsAndItsBuyFormGoesToTheMarketplace() throws Exception {
        Registered seller = Shop.activeSeller("DESTINATION");
        long product = Shop.product(seller, 1200, "eur", 3);

        Reply page = RunningMarketplace.api().getAccepting("/products/" + product, "text/html");

        assertEquals(200, page.status(), page.body());
        assertFalse(CARD_FIELD.matcher(page.body()).find(), "a card field on the marketplace's own page: " + page.body());
        assertTrue(page.body().contains("id=\"buy-form\""), page.body());
    }

    @Test
    void aCardPaymentOnStripesPageLeavesNoCardNumberInTheProcessLog() throws Exception {
        Registered seller = Shop.activeSeller("DESTINATION");
        Shop.Started checkout = Shop.checkout(Shop.product(seller, 1200, "eur", 3), 1);

        SandboxStripe.Raw paid = Shop.stripe().postForm(checkout.url() + "/pay", "method", "card", "card_number", CARD);
        assertEquals(303, paid.status(), paid.body());
        Shop.awaitStatus(checkout.orderId(), "PAID");

        String log = RunningMarketplace.process().output();
        assertFalse(ANY_TEST_CARD.matcher(log).find(), "a card number reached the log");
    }
}
