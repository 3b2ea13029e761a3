package com.marketplace.web.pages.admin;

import com.marketplace.onboarding.application.SellerAdministration;
import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        List<Seller> sellers = queries.sellers(offset, PAGE_SIZE);
        StringBuilder body = new StringBuilder("<p class=\"muted\">Direct charges are made on the seller's Stripe account; destination ")
                .append("charges on the platform's, which transfers the seller's share. A change applies to checkouts started afterwards.</p>")
                .append("<div class=\"table-scroll\"><table id=\"sellers\"><thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Shop</th>")
                .append("<th scope=\"col\">Email</th><th scope=\"col\">Status</th><th scope=\"col\">Charge type</th>")
                .append("<th scope=\"col\">Change charge type</th></tr></thead><tbody>");
        if (sellers.isEmpty()) {
            body.append("<tr><td colspan=\"6\">No sellers here.</td></tr>");
        }
        sellers.forEach(seller -> body.append(row(request, seller, offset)));
        body.append("</tbody></table></div>").append(AdminPaging.links("/admin/sellers?", offset, PAGE_SIZE, sellers.size()));
        render(request, response, "Sellers", body.toString());
    }

    private static String row(HttpServletRequest request, Seller seller, int offset) {
        long id = seller.id().value();
        String select = "charge-type-" + id;
        StringBuilder row = new StringBuilder("<tr data-seller-id=\"").append(id).append("\"><td>").append(id).append("</td><td>")
                .append(Html.escape(seller.displayName())).append("</td><td>").append(Html.escape(seller.email())).append("</td><td>")
                .append(AdminText.status(seller.status().name())).append("</td><td class=\"charge-type\">")
                .append(Html.escape(AdminText.words(seller.chargeType().name()))).append("</td><td>")
                .append("<form method=\"post\" action=\"/admin/sellers/").append(id).append("/charge-type\" class=\"inline\">")
                .append(csrfField(request)).append("<input type=\"hidden\" name=\"offset\" value=\"").append(offset).append("\">")
                .append("<label for=\"").append(select).append("\">Charge type</label> <select id=\"")
                .append(select).append("\" name=\"chargeType\">");
        for (ChargeType type : ChargeType.values()) {
            row.append("<option value=\"").append(type.name()).append('"').append(type == seller.chargeType() ? " selected" : "")
                    .append('>').append(AdminText.words(type.name())).append("</option>");
        }
        return row.append("</select> <button type=\"submit\" id=\"change-charge-type-").append(id).append("\">Change</button></form></td></tr>")
                .toString();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
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

    private static ChargeType chargeType(String text) {
        try {
            return ChargeType.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Charge type must be DIRECT or DESTINATION");
        }
    }
}
