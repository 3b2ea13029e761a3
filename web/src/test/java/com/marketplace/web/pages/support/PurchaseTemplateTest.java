package com.marketplace.web.pages.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.pages.support.PurchaseView.Line;
import com.marketplace.web.pages.support.PurchaseView.SellerPart;
import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A purchase with each seller's part, as its buyer and as the admin see it, rendered without a container. */
class PurchaseTemplateTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";

    private static PurchaseView purchase(boolean forAdmin, String seller, String product) {
        SellerPart pottery = new SellerPart(41, seller, 3, "PAID", List.of(new Line(product, 2, "€12.50", "€25.00")), "€25.00", "€2.50",
                "SEPARATE_TRANSFERS", Optional.of("€5.00"), List.of("€5.00 succeeded (2026-12-01 10:00 UTC)"),
                Optional.of("€22.50 sent, €4.50 reversed"), Optional.empty());
        SellerPart prints = new SellerPart(42, "Prints", 4, "PAID_OUT_OF_STOCK", List.of(new Line("Print", 1, "€9.00", "€9.00")), "€9.00",
                "€0.90", "SEPARATE_TRANSFERS", Optional.empty(), List.of(), Optional.empty(), Optional.of("Sold out before the payment"));
        return new PurchaseView(7, "2026-12-01 09:00 UTC", "€34.00", forAdmin, forAdmin ? Optional.of("purchase_7") : Optional.empty(),
                List.of(pottery, prints));
    }

    @Test
    void theBuyerSeesEachSellersOrderWithItsLinesStatusAndRefundsButNoFeeOrTransfer() {
        String html = Views.render("purchase/purchase.jte", purchase(false, "Pottery", "Bowl"));

        assertTrue(html.contains("<h2 id=\"order-41-title\">Order 41 from <a href=\"/shops/3\">Pottery</a></h2>"), html);
        assertTrue(html.contains("<tr><td>Bowl</td><td class=\"amount\">2</td><td class=\"amount\">€12.50</td><td class=\"amount\">€25.00</td></tr>"),
                html);
        assertTrue(html.contains("data-order-id=\"42\" data-status=\"PAID_OUT_OF_STOCK\""), html);
        assertTrue(html.contains("<li>€5.00 succeeded (2026-12-01 10:00 UTC)</li>"), html);
        assertTrue(html.contains("id=\"purchase-total\">€34.00<"), html);
        assertFalse(html.contains("Fee") || html.contains("€22.50 sent") || html.contains("purchase_7"), html);
    }

    @Test
    void theAdminAlsoSeesFeesTransfersAndTheTransferGroup() {
        String html = Views.render("purchase/purchase.jte", purchase(true, "Pottery", "Bowl"));

        assertTrue(html.contains("<dt>Fee</dt><dd>€2.50</dd>"), html);
        assertTrue(html.contains("<dd class=\"transfer\">€22.50 sent, €4.50 reversed</dd>"), html);
        assertTrue(html.contains("<dd class=\"transfer\">none (paid on the seller's own charge)</dd>"), html);
        assertTrue(html.contains("<code>purchase_7</code>"), html);
    }

    @Test
    void sellerAndProductNamesWithMarkupAreShownAsText() {
        String html = Views.render("purchase/purchase.jte", purchase(true, HOSTILE, HOSTILE));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void theAdminSeesEveryMoneyMovementAndWhatWasNotRecovered() {
        PurchaseView view = purchase(true, "Pottery", "Bowl").withMovements(List.of(
                new PurchaseView.Movement(41, "Transfer", "Payment", "€22.50", "Sent", Optional.of("tr_1"), Optional.empty(), false),
                new PurchaseView.Movement(41, "Reversal", "Dispute", "€22.50", "Unrecovered", Optional.empty(),
                        Optional.of(HOSTILE), true)));

        String html = Views.render("purchase/purchase.jte", view);

        assertTrue(html.contains("<td>Transfer</td><td>Payment</td><td class=\"amount\">€22.50</td><td>Sent</td><td><code>tr_1</code></td>"), html);
        assertTrue(html.contains("<tr data-order-id=\"41\" class=\"disputed\"><td>41</td><td>Reversal</td>"), html);
        assertTrue(html.contains("<strong>not recovered</strong>"), html);
        assertFalse(html.contains("<script>"), html);
        assertFalse(Views.render("purchase/purchase.jte", purchase(false, "Pottery", "Bowl")).contains("Money movements"));
    }
}
