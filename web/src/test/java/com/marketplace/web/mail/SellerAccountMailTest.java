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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seller account messages (requirements due, disconnected) rendered from what seller-onboarding writes. */
class SellerAccountMailTest {

    private static final String BASE = "https://shop.example.test";

    private final JteMessageRenderer renderer = new JteMessageRenderer(new MarketplaceConfig() {
        @Override
        public URI publicBaseUrl() {
            return URI.create(BASE);
        }
    });

    private MailMessage render(NotificationKind kind, Map<String, String> data) {
        return renderer.render(new Notification(9, kind, "seller@example.test", "requirements_1_x", data, NotificationStatus.PENDING, 1,
                Instant.EPOCH, Optional.empty(), Instant.EPOCH, Optional.empty(), Optional.empty()));
    }

    @Test
    void requirementsDueSayWhatAndByWhenAndLinkTheDashboard() {
        MailMessage message = render(NotificationKind.REQUIREMENTS_DUE, Map.of("sellerName", "Leaf & Co",
                "currentlyDue", "individual.verification.document", "pastDue", "", "deadline", "2030-01-15T10:00:00Z",
                "paused", "", "dashboardUrl", BASE + "/seller"));

        assertTrue(message.subject().startsWith("Stripe needs more information from Leaf & Co by "), message.subject());
        assertTrue(message.text().contains("individual > verification > document"), message.text());
        assertTrue(message.html().contains("<a href=\"" + BASE + "/seller\">"), message.html());
    }

    @Test
    void pastDueRequirementsSayTheListingsArePaused() {
        MailMessage message = render(NotificationKind.REQUIREMENTS_DUE, Map.of("sellerName", "Leaf", "currentlyDue", "",
                "pastDue", "external_account", "deadline", "", "paused", "Stripe requirements are past due (external_account)",
                "dashboardUrl", BASE + "/seller"));

        assertEquals("Your listings are paused: Stripe's requirements are past due", message.subject());
        assertTrue(message.text().contains("Past due: external account"), message.text());
    }

    @Test
    void aDisconnectedAccountSaysOrdersStayReadable() {
        MailMessage message = render(NotificationKind.ACCOUNT_DISCONNECTED, Map.of("sellerName", "Leaf", "dashboardUrl", BASE + "/seller"));

        assertEquals("Your Stripe account is disconnected from the marketplace", message.subject());
        assertTrue(message.text().contains("history stay readable"), message.text());
    }
}
