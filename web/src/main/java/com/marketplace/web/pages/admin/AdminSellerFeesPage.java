package com.marketplace.web.pages.admin;

import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms of the fees page that change one seller's override: set it ({@code /admin/fees/sellers})
 * or remove it ({@code /admin/fees/sellers/remove}); both go back to the fees page. An unknown
 * seller is a 404 page from the schedule, and changes nothing.
 */
@WebServlet({"/admin/fees/sellers", "/admin/fees/sellers/remove"})
public class AdminSellerFeesPage extends PageServlet {

    @Inject
    FeeSchedule schedule;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        long sellerId = longParameter(request, "sellerId", "Seller id");
        if (sellerId <= 0) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Seller id must be a positive whole number");
        }
        SellerId seller = new SellerId(sellerId);
        String admin = Optional.ofNullable(caller().adminEmail()).orElse("admin");
        if (request.getServletPath().endsWith("/remove")) {
            CurrencyCode currency = currency(request.getParameter("currency"));
            boolean removed = schedule.removeOverride(seller, currency, admin);
            Flash.set(request, removed ? "Seller " + sellerId + " pays the " + code(currency) + " default again."
                    : "Seller " + sellerId + " had no " + code(currency) + " override; nothing changed.");
        } else {
            FeeRate rate = FeeRateForm.parse(request.getParameter("currency"), request.getParameter("percent"), request.getParameter("fixed"));
            schedule.setOverride(seller, rate, admin);
            Flash.set(request, "Seller " + sellerId + " now pays " + FeeRateForm.describe(rate) + " on " + code(rate.currency()) + " sales.");
        }
        seeOther(response, "/admin/fees");
    }

    private static CurrencyCode currency(String text) {
        String code = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (!SupportedCurrencies.isSupported(code)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Currency must be one of " + SupportedCurrencies.CODES.stream().sorted().toList());
        }
        return CurrencyCode.of(code);
    }

    private static String code(CurrencyCode currency) {
        return currency.value().toUpperCase(Locale.ROOT);
    }
}
