package com.marketplace.web.pages.admin;

import com.marketplace.onboarding.application.SellerAdministration;
import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import com.marketplace.platform.kernel.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sellers, oldest first, a page at a time, with where they stand at Stripe and how their sales
 * are charged; the admin changes the charge type here ({@code POST /admin/sellers/{id}/charge-type}),
 * as {@code PUT /api/admin/sellers/{id}/charge-type} does.
 */
@WebServlet({"/admin/sellers", "/admin/sellers/*"})
public class AdminSellersPage extends PageServlet {

    static final int PAGE_SIZE = 100;

    @Inject
    SellerQueries queries;

    @Inject
    SellerAdministration administration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        int offset = AdminPaging.offset(request);
        List<Seller> sellers = queries.sellers(PageRequest.atOffset(offset, PAGE_SIZE)).items();
        List<AdminSellersView.Row> rows = sellers.stream().map(seller -> new AdminSellersView.Row(seller.id().value(),
                seller.displayName(), seller.email(), seller.status().name(), seller.chargeType().name(), seller.accountType().stripeValue()))
                .toList();
        render(request, response, "Sellers", "admin/sellers.jte", new AdminSellersView(CsrfTokens.tokenFor(request), rows,
                Arrays.stream(ChargeType.values()).map(Enum::name).toList(),
                Arrays.stream(AccountType.values()).map(AccountType::stripeValue).toList(), offset,
                new AdminPaging.Paging("/admin/sellers?", offset, PAGE_SIZE, sellers.size())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        if (request.getPathInfo() != null && request.getPathInfo().matches("/\\d+/account-type")) {
            switchAccountType(request, response);
            return;
        }
        if (request.getPathInfo() == null || !request.getPathInfo().matches("/\\d+/charge-type")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        SellerId seller = new SellerId(idFromPath(request));
        ChargeType chargeType = chargeType(request.getParameter("chargeType"));
        administration.changeChargeType(seller, chargeType);
        Flash.set(request, "Seller " + seller.value() + " now uses " + AdminText.words(chargeType.name()).toLowerCase(Locale.ROOT)
                + " charges for new checkouts.");
        seeOther(response, "/admin/sellers" + AdminPaging.back(request));
    }

    private void switchAccountType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SellerId seller = new SellerId(idFromPath(request));
        AccountType accountType = accountType(request.getParameter("accountType"));
        Seller switched = administration.switchAccountType(seller, accountType);
        Flash.set(request, "Seller " + seller.value() + " has " + AdminText.words(accountType.name()).toLowerCase(Locale.ROOT) + " accounts"
                + (switched.stripeAccountId().isEmpty() ? ": their next onboarding link creates one." : "."));
        seeOther(response, "/admin/sellers" + AdminPaging.back(request));
    }

    private static AccountType accountType(String text) {
        if (text == null || !text.trim().matches("(?i)express|standard")) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Account type must be express or standard");
        }
        return AccountType.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    private static ChargeType chargeType(String text) {
        try {
            return ChargeType.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Charge type must be DIRECT or DESTINATION");
        }
    }
}
