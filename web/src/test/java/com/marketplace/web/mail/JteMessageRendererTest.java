package com.marketplace.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Messages rendered from their templates: both parts, absolute links, the HTML escaped and the text not. */
class JteMessageRendererTest {

    private final JteMessageRenderer renderer = new JteMessageRenderer(new MarketplaceConfig() {
        @Override
        public URI publicBaseUrl() {
            return URI.create("https://shop.example.test");
        }
    });

    private static Notification notification(NotificationKind kind, Map<String, String> extra) {
        Map<String, String> data = new LinkedHashMap<>(Map.of("orderId", "42", "productId", "7", "productName", "Tea <b>& cups</b>",
                "quantity", "3", "amount", "6000", "currency", "eur"));
        data.putAll(extra);
        return new Notification(9, kind, "buyer@example.test", "order_42", data, NotificationStatus.PENDING, 1, Instant.EPOCH,
                Optional.empty(), Instant.EPOCH, Optional.empty(), Optional.empty());
    }

    @Test
    void aReceiptHasATextAndAnHtmlPartWithTheOrderAndAnAbsoluteLink() {
        MailMessage message = renderer.render(notification(NotificationKind.ORDER_RECEIPT, Map.of()));

        assertEquals("Your receipt for order 42 (Tea <b>& cups</b>)", message.subject());
        assertEquals("buyer@example.test", message.recipient());
        assertTrue(message.text().contains("Total:   €60.00"), message.text());
        assertTrue(message.text().contains("Product: Tea <b>& cups</b> × 3"), "the text part is not escaped: " + message.text());
        assertTrue(message.text().contains("https://shop.example.test/products/7"), message.text());
        assertTrue(message.html().contains("<td>Tea &lt;b&gt;&amp; cups&lt;/b&gt; × 3</td>"), "the HTML part is escaped: " + message.html());
        assertTrue(message.html().contains("href=\"https://shop.example.test/products/7\""), message.html());
        assertFalse(message.html().contains("<b>&"), message.html());
    }

    @Test
    void aDisputeTellsTheSellerItsEvidenceDeadline() {
        MailMessage message = renderer.render(notification(NotificationKind.DISPUTE_OPENED,
                Map.of("disputeId", "dp_1", "disputeStatus", "needs_response", "evidenceDueBy", "2030-01-08T23:59:59Z")));

        assertTrue(message.text().contains("before 8 January 2030, 23:59 UTC"), message.text());
        assertTrue(message.text().contains("https://shop.example.test/seller/orders"), message.text());
    }

    @Test
    void everyOrderMessageKindHasItsTemplates() {
        for (NotificationKind kind : new NotificationKind[] {NotificationKind.ORDER_RECEIPT, NotificationKind.SELLER_NEW_ORDER,
                NotificationKind.PAYMENT_FAILED, NotificationKind.REFUND_ISSUED, NotificationKind.OUT_OF_STOCK_REFUND,
                NotificationKind.SELLER_REFUND, NotificationKind.DISPUTE_OPENED, NotificationKind.DISPUTE_CLOSED}) {
            MailMessage message = renderer.render(notification(kind, Map.of("refundAmount", "1500", "fee", "630", "disputeId", "dp_1",
                    "disputeStatus", "won", "evidenceDueBy", "2030-01-08T23:59:59Z")));
            assertTrue(message.text().contains("Order:   42"), kind + ": " + message.text());
            assertTrue(message.html().startsWith("<!DOCTYPE html>"), kind + ": " + message.html());
        }
    }

    @Test
    void anAlertTellsTheAdminWhatWasSeenAndWhereTheAlertShows() {
        Notification alert = new Notification(10, NotificationKind.ALERT, "admin@example.test", "alert_3_ab", Map.of("alertId", "3",
                "rule", "payment_success_rate_low", "key", "payment_success_rate_low:pln", "detail", "PLN payments: 0 of 3 succeeded <0.00 %>", "openedAt", "2030-01-01T10:00:00Z"),
                NotificationStatus.PENDING, 1, Instant.EPOCH, Optional.empty(), Instant.EPOCH, Optional.empty(), Optional.empty());

        MailMessage message = renderer.render(alert);

        assertEquals("Alert: payment success rate low (PLN)", message.subject());
        assertTrue(message.text().contains("PLN payments: 0 of 3 succeeded <0.00 %>"), message.text());
        assertTrue(message.text().contains("https://shop.example.test/admin"), message.text());
        assertTrue(message.html().contains("PLN payments: 0 of 3 succeeded &lt;0.00 %&gt;"), message.html());
    }
}
