package com.marketplace.web.pages.seller;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A seller's orders page, rendered from its template without a container. */
class SellerOrdersTemplateTest {

    private static SellerOrdersView.Row order(String product, String status, Optional<String> refunded, Optional<String> dispute,
                                              boolean refundable) {
        return new SellerOrdersView.Row(42, "2026-03-02 10:00 UTC", product, 2, "€49.00", "€4.90", status, refunded, dispute, "EUR",
                refundable);
    }

    private static String render(SellerOrdersView.Row... rows) {
        return Views.render("seller/orders.jte", new SellerOrdersView("tok", 100, List.of(rows)));
    }

    @Test
    void aPaidOrderHasARefundFormCarryingTheCsrfToken() {
        String html = render(order("Bowl", "PAID", Optional.empty(), Optional.empty(), true));

        assertTrue(html.contains("<form method=\"post\" action=\"/seller/orders/42/refund\" class=\"refund-form row\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertTrue(html.contains("<button type=\"submit\" class=\"refund-button danger\">Refund order 42</button>"), html);
        assertTrue(html.contains("<span class=\"status status-paid\">PAID</span>"), html);
        assertTrue(html.contains("<td class=\"amount\">—</td><td>—</td>"), "nothing refunded, no dispute: " + html);
    }

    @Test
    void aDisputedOrderShowsTheDisputesStatusAndNoRefundForm() {
        String html = render(order("Bowl", "DISPUTED", Optional.empty(), Optional.of("needs_response"), false));

        assertTrue(html.contains("<td>Disputed (needs_response)</td>"), html);
        assertFalse(html.contains("/refund\""), html);
    }

    @Test
    void aDisputeWithoutAStatusYetSaysDisputed() {
        assertTrue(render(order("Bowl", "DISPUTED", Optional.empty(), Optional.of(""), false)).contains("<td>Disputed</td>"));
    }

    @Test
    void aPartlyRefundedOrderShowsWhatWasRefundedAndItsStatusInWords() {
        String html = render(order("Bowl", "PARTIALLY_REFUNDED", Optional.of("€10.00"), Optional.empty(), true));

        assertTrue(html.contains("<span class=\"status status-partially_refunded\">PARTIALLY REFUNDED</span>"), html);
        assertTrue(html.contains("<td class=\"amount\">€10.00</td>"), html);
    }

    @Test
    void aProductNamedWithMarkupIsShownAsText() {
        String html = render(order("<script>alert(1)</script>", "PAID", Optional.empty(), Optional.empty(), true));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
    }

    @Test
    void noOrdersYetSaysSo() {
        String html = render();

        assertTrue(html.contains("<p id=\"no-orders\">No orders yet.</p>"), html);
        assertFalse(html.contains("<table"), html);
    }

    @Test
    void anOrderOfACartListsItsLinesAndItsTransfer() {
        SellerOrdersView.Row cartOrder = new SellerOrdersView.Row(43, "2026-12-01 10:00 UTC", "Bowl", 2, "€34.00", "€3.40", "PAID",
                Optional.empty(), Optional.empty(), "EUR", true, List.of("2 × Bowl at €12.50", "1 × <b>Vase</b> at €9.00"),
                Optional.of("€30.60 sent"));

        String html = render(cartOrder);

        assertTrue(html.contains("<ul class=\"order-lines\"><li>2 × Bowl at €12.50</li><li>1 × &lt;b&gt;Vase&lt;/b&gt; at €9.00</li></ul>"), html);
        assertTrue(html.contains("<td>€30.60 sent</td>"), html);
    }
}
