package com.marketplace.web.pages.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.payouts.domain.Balance;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import com.marketplace.platform.payouts.domain.StripePayout;
import com.marketplace.web.views.Views;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seller's balance on the dashboard and their payouts page, rendered from their templates without a container. */
class SellerMoneyTemplateTest {

    private static DashboardView active(Optional<BalanceView> balance) {
        return new DashboardView("tok", "Shop", "ACTIVE", "Ready to sell", Optional.empty(), List.of(), false, true,
                Optional.empty(), Optional.empty(), balance);
    }

    @Test
    void theBalanceShowsAvailableAndPendingPerCurrency() {
        BalanceView balance = SellerDashboardPage.balanceView(new Balance(List.of(new Balance.Amount(1_250, "eur"), new Balance.Amount(0, "pln")),
                List.of(new Balance.Amount(300, "eur"))));

        String html = Views.render("seller/dashboard.jte", active(Optional.of(balance)));

        assertTrue(html.contains("<tr data-currency=\"eur\"><th scope=\"row\">EUR</th><td class=\"amount available\">€12.50</td>"
                + "<td class=\"amount pending\">€3.00</td></tr>"), html);
        assertTrue(html.contains("<tr data-currency=\"pln\">"), html);
    }

    @Test
    void aBalanceStripeCouldNotGiveIsSaidSo() {
        String html = Views.render("seller/dashboard.jte", active(Optional.of(new BalanceView(List.of(), true))));

        assertTrue(html.contains("id=\"balance-unavailable\""), html);
    }

    @Test
    void aSellerWithoutAStripeAccountHasNoBalanceSection() {
        String html = Views.render("seller/dashboard.jte", active(Optional.empty()));

        assertFalse(html.contains("Your balance"), html);
    }

    @Test
    void aFailedPayoutIsListedWithStripesReasonAndCode() {
        Payout failed = new Payout(new SellerId(1), new StripePayout("po_9", 4_200, "eur", PayoutStatus.FAILED,
                Optional.of(Instant.parse("2030-01-02T00:00:00Z")), Optional.of("no_account"), Optional.of("No such <account>"),
                Instant.parse("2030-01-01T10:00:00Z")));

        String html = Views.render("seller/payouts.jte", new SellerPayoutsView(100, List.of(SellerPayoutsPage.row(failed))));

        assertTrue(html.contains("<tr data-payout-id=\"po_9\" data-status=\"failed\"><td>po_9</td><td>2030-01-01 10:00 UTC</td>"
                + "<td class=\"amount\">€42.00</td>"), html);
        assertTrue(html.contains("<td>No such &lt;account&gt; (no_account)</td>"), html);
    }

    @Test
    void noPayoutsYetIsSaidSo() {
        assertTrue(Views.render("seller/payouts.jte", new SellerPayoutsView(100, List.of())).contains("id=\"no-payouts\""));
    }

    @Test
    void aPayoutStillOnItsWayHasNoReason() {
        Payout pending = new Payout(new SellerId(1), new StripePayout("po_1", 100, "eur", PayoutStatus.IN_TRANSIT, Optional.empty(),
                Optional.empty(), Optional.empty(), Instant.EPOCH));

        assertEquals(Optional.empty(), SellerPayoutsPage.row(pending).failure());
    }
}
