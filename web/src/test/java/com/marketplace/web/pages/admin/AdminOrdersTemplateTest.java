package com.marketplace.web.pages.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin's orders page, rendered from its template without a container. */
class AdminOrdersTemplateTest {

    private static AdminOrdersView.Row paid(long id, String product) {
        return new AdminOrdersView.Row(id, "2026-03-02 10:00:00 UTC", product, 2, 9, "DIRECT", "PAID", false, Optional.empty(),
                Optional.empty(), "€49.00", "€4.90", "€0.00", "EUR", true);
    }

    private static String render(List<AdminOrdersView.Row> rows, Optional<String> selected, int offset) {
        return Views.render("admin/orders.jte", new AdminOrdersView("tok", selected, List.of("PAID", "DISPUTED", "PAID_OUT_OF_STOCK"), rows,
                new AdminPaging.Paging("/admin/orders?", offset, 50, rows.size())));
    }

    @Test
    void aRefundableOrderHasItsOwnRefundFormWithTheCsrfToken() {
        String html = render(List.of(paid(42, "Bowl")), Optional.empty(), 0);

        assertTrue(html.contains("<tr data-order-id=\"42\" data-status=\"PAID\"><th scope=\"row\">42</th>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/admin/orders/42/refund\" class=\"stacked\" id=\"refund-42\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertTrue(html.contains("<label for=\"refund-amount-42\">Amount in EUR (empty: all that is left)</label>"), html);
        assertTrue(html.contains("<span class=\"status status-paid\">Paid</span>"), html);
    }

    @Test
    void aDisputedOrderIsFlaggedWithItsDisputeStatusAndProblemAsText() {
        AdminOrdersView.Row disputed = new AdminOrdersView.Row(43, "t", "Jug", 1, 9, "DESTINATION", "DISPUTED", true,
                Optional.of("needs_response"), Optional.of("Card <b>stolen</b>"), "€1.00", "€0.10", "€0.00", "EUR", false);

        String html = render(List.of(disputed), Optional.empty(), 0);

        assertTrue(html.contains("data-status=\"DISPUTED\" class=\"disputed\">"), html);
        assertTrue(html.contains("<strong>Needs attention</strong>"), html);
        assertTrue(html.contains("<span class=\"muted\">Dispute: needs_response</span>"), html);
        assertTrue(html.contains("<span class=\"muted\">Card &lt;b&gt;stolen&lt;/b&gt;</span>"), html);
        assertTrue(html.contains("<td>9 (Destination)</td>"), html);
        assertFalse(html.contains("refund-43"), "not refundable: " + html);
    }

    @Test
    void aProductNamedWithMarkupIsShownAsText() {
        String html = render(List.of(paid(42, "<script>alert(1)</script>")), Optional.empty(), 0);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; × 2</td>"), html);
    }

    @Test
    void theFilterKeepsTheChosenStatusSelected() {
        String html = render(List.of(), Optional.of("DISPUTED"), 0);

        assertTrue(html.contains("<option value=\"DISPUTED\" selected>Disputed</option>"), html);
        assertTrue(html.contains("<option value=\"PAID_OUT_OF_STOCK\">Paid out of stock</option>"), html);
        assertTrue(html.contains("<td colspan=\"9\" id=\"no-orders\">No orders here.</td>"), html);
    }

    @Test
    void aFullPageLinksToTheNextAndALaterPageBackToThePrevious() {
        List<AdminOrdersView.Row> full = java.util.stream.LongStream.rangeClosed(1, 50).mapToObj(id -> paid(id, "Bowl")).toList();

        String html = render(full, Optional.empty(), 50);

        assertTrue(html.contains("<a id=\"previous-page\" href=\"/admin/orders?offset=0\">Previous 50</a>"), html);
        assertTrue(html.contains("<a id=\"next-page\" href=\"/admin/orders?offset=100\">Next 50</a>"), html);
    }

    @Test
    void aShortFirstPageHasNoPagingLinks() {
        String html = render(List.of(paid(1, "Bowl")), Optional.empty(), 0);

        assertFalse(html.contains("previous-page") || html.contains("next-page"), html);
    }
}
