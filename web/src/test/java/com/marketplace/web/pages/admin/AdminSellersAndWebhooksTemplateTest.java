package com.marketplace.web.pages.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin's sellers and webhooks pages, rendered from their templates without a container. */
class AdminSellersAndWebhooksTemplateTest {

    private static String sellers(List<AdminSellersView.Row> rows) {
        return Views.render("admin/sellers.jte", new AdminSellersView("tok", rows, List.of("DIRECT", "DESTINATION"), List.of("express", "standard"), 100,
                new AdminPaging.Paging("/admin/sellers?", 100, 100, rows.size())));
    }

    private static AdminWebhooksView.Event event(String id, String lastError) {
        return new AdminWebhooksView.Event(id, "checkout.session.completed", "platform", null, "dead", 5, "2026-03-02 10:00:00 UTC",
                lastError, "/admin/webhooks/" + id + "/replay");
    }

    private static String webhooks(List<AdminWebhooksView.Event> dead) {
        return Views.render("admin/webhooks.jte", new AdminWebhooksView("tok", List.of(new AdminWebhooksView.Count("dead", "Dead", dead.size())),
                "3 min 5 s", new AdminWebhooksView.Table("dead-events", "dead events", true, "No dead events.", dead),
                new AdminWebhooksView.Table("recent-events", "recent events", false, "No event has arrived yet.", List.of())));
    }

    @Test
    void aSellersRowOffersTheOtherChargeTypeWithItsOwnSelectedAndComesBackToThisPage() {
        String html = sellers(List.of(new AdminSellersView.Row(9, "Pottery", "ada@example.com", "ACTIVE", "DESTINATION", "express")));

        assertTrue(html.contains("<td class=\"charge-type\">Destination</td>"), html);
        assertTrue(html.contains("<option value=\"DESTINATION\" selected>Destination</option>"), html);
        assertTrue(html.contains("<option value=\"DIRECT\">Direct</option>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/admin/sellers/9/charge-type\" class=\"inline\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"tok\"><input type=\"hidden\" name=\"offset\" value=\"100\">"), html);
        assertTrue(html.contains("<a id=\"previous-page\" href=\"/admin/sellers?offset=0\">Previous 100</a>"), html);
    }

    @Test
    void aSellersRowOffersASwitchOfAccountTypeWithTheirsSelected() {
        String html = sellers(List.of(new AdminSellersView.Row(9, "Pottery", "ada@example.com", "PENDING", "DIRECT", "standard")));

        assertTrue(html.contains("<form method=\"post\" action=\"/admin/sellers/9/account-type\" class=\"inline\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"tok\"><input type=\"hidden\" name=\"offset\" value=\"100\">"), html);
        assertTrue(html.contains("<option value=\"standard\" selected>Standard</option>"), html);
        assertTrue(html.contains("<option value=\"express\">Express</option>"), html);
        assertTrue(html.contains("<button type=\"submit\" id=\"switch-account-type-9\">Switch</button>"), html);
    }

    @Test
    void aShopNameAndEmailWithMarkupAreShownAsText() {
        String html = sellers(List.of(new AdminSellersView.Row(9, "<script>alert(1)</script>", "a<b>@example.com", "PENDING", "DIRECT", "express")));

        assertFalse(html.contains("<script>") || html.contains("<b>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>a&lt;b&gt;@example.com</td>"), html);
    }

    @Test
    void aDeadEventHasAReplayFormAndItsLastErrorAsText() {
        String html = webhooks(List.of(event("evt_1", "handler failed: <script>x</script>")));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<td>handler failed: &lt;script&gt;x&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/admin/webhooks/evt_1/replay\" class=\"inline\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"tok\"><button type=\"submit\" class=\"secondary\" id=\"replay-evt_1\">Replay</button>"), html);
        assertTrue(html.contains("<div class=\"card\" id=\"count-dead\"><p>Dead</p><p class=\"figure\">1</p></div>"), html);
        assertTrue(html.contains("<div class=\"card\" id=\"lag\"><p>Oldest unhandled event waiting</p><p class=\"figure\">3 min 5 s</p>"), html);
    }

    @Test
    void theTablesScrollAsKeyboardReachableNamedRegionsAndSayWhenEmpty() {
        String html = webhooks(List.of());

        assertTrue(html.contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"dead events\"><table id=\"dead-events\">"), html);
        assertTrue(html.contains("<tr><td colspan=\"8\">No dead events.</td></tr>"), html);
        assertTrue(html.contains("<tr><td colspan=\"7\">No event has arrived yet.</td></tr>"), html);
    }
}
