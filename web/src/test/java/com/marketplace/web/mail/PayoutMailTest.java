package com.marketplace.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The payout messages rendered from the data the payouts feature writes: the amount in words, the reason and the way to fix it. */
class PayoutMailTest {

    private static final String BASE = "https://shop.example.test";

    private final JteMessageRenderer renderer = new JteMessageRenderer(new MarketplaceConfig() {
        @Override
        public URI publicBaseUrl() {
            return URI.create(BASE);
        }
    });

    private MailMessage render(NotificationKind kind, Map<String, String> extra) {
        Map<String, String> data = new LinkedHashMap<>(Map.of("payoutId", "po_1", "amount", "4200", "currency", "eur",
                "arrivalDate", "2030-01-15T10:00:00Z", "sellerName", "Leaf & Co", "payoutsUrl", BASE + "/seller/payouts"));
        data.putAll(extra);
        return renderer.render(new Notification(9, kind, "seller@example.test", "payout_po_1", data, NotificationStatus.PENDING, 1,
                Instant.EPOCH, Optional.empty(), Instant.EPOCH, Optional.empty(), Optional.empty()));
    }

    @Test
    void aFailedPayoutSaysWhyAndLinksWhereTheBankAccountIsFixed() {
        MailMessage message = render(NotificationKind.PAYOUT_FAILED, Map.of("failureCode", "no_account",
                "failureMessage", "The bank account details on file are probably incorrect.", "fixUrl", BASE + "/seller"));

        assertEquals("Your payout of €42.00 failed: check your bank account", message.subject());
        assertTrue(message.text().contains("The bank account details on file are probably incorrect. (no_account)"), message.text());
        assertTrue(message.text().contains("update your bank account details in Stripe: " + BASE + "/seller"), message.text());
        assertTrue(message.html().contains("<a href=\"" + BASE + "/seller\">"), message.html());
    }

    @Test
    void aPaidPayoutSaysTheAmountAndWhenItArrives() {
        MailMessage message = render(NotificationKind.PAYOUT_PAID, Map.of());

        assertEquals("Your payout of €42.00 has been paid", message.subject());
        assertTrue(message.text().contains("15 January 2030"), message.text());
        assertTrue(message.html().contains("<a href=\"" + BASE + "/seller/payouts\">"), message.html());
    }
}
