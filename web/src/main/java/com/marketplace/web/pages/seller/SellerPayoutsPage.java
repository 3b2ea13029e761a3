package com.marketplace.web.pages.seller;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.payouts.application.SellerMoney;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** A seller's payouts to their bank account, newest first (the list behind {@code GET /api/sellers/{id}/payouts}). */
@WebServlet("/seller/payouts")
public class SellerPayoutsPage extends PageServlet {

    static final int SHOWN = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Inject
    SellerMoney money;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        render(request, response, "Your payouts", "seller/payouts.jte",
                new SellerPayoutsView(SHOWN, money.payouts(seller.get(), caller(), SHOWN, 0).stream().map(SellerPayoutsPage::row).toList()));
    }

    static SellerPayoutsView.Row row(Payout payout) {
        Optional<String> failure = payout.stripe().failureMessage().or(() -> payout.stripe().failureCode())
                .map(reason -> payout.stripe().failureCode().filter(code -> !reason.equals(code)).map(code -> reason + " (" + code + ")").orElse(reason));
        return new SellerPayoutsView.Row(payout.stripe().id(), WHEN.format(payout.stripe().created()),
                MoneyText.format(payout.stripe().amount(), payout.stripe().currency()), payout.status().code(),
                payout.stripe().arrivalDate().map(DAY::format).orElse("—"), failure);
    }
}
