package com.marketplace.web.pages.seller;

import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.RequirementWording;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A seller's home: where they stand with Stripe, in the same words the API and the onboarding
 * return page use, what Stripe still asks of them, and the ways into Stripe's hosted pages.
 */
@WebServlet("/seller")
public class SellerDashboardPage extends PageServlet {

    @Inject
    SellerQueries sellers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> signedIn = requireSeller(request, response);
        if (signedIn.isEmpty()) {
            return;
        }
        Seller seller = sellers.seller(signedIn.get());
        StringBuilder body = new StringBuilder()
                .append("<p>Your shop: <strong id=\"shop-name\">").append(Html.escape(seller.displayName())).append("</strong></p>")
                .append("<h2>Payments with Stripe</h2>")
                .append("<p id=\"onboarding-status\" data-status=\"").append(seller.status().name()).append("\"><strong>")
                .append(Html.escape(RequirementWording.status(seller.status()))).append("</strong></p>");
        seller.disabledReason().filter(reason -> seller.status() != OnboardingStatus.ACTIVE)
                .ifPresent(reason -> body.append("<p class=\"notice\" id=\"disabled-reason\">")
                        .append(Html.escape(RequirementWording.disabledReason(reason))).append("</p>"));
        List<String> toDo = RequirementWording.toDo(Stream.concat(seller.pastDue().stream(), seller.currentlyDue().stream()).toList());
        if (!toDo.isEmpty()) {
            body.append("<h3>Still to do</h3><ul id=\"still-to-do\">")
                    .append(toDo.stream().map(item -> "<li>" + Html.escape(item) + "</li>").collect(Collectors.joining()))
                    .append("</ul>");
        }
        // A rejected account cannot be onboarded again; only PENDING and RESTRICTED sellers have something left to give Stripe.
        if (seller.status() == OnboardingStatus.PENDING || seller.status() == OnboardingStatus.RESTRICTED) {
            body.append(button("/seller/onboarding-link", "continue-onboarding", "Continue onboarding with Stripe", "", request));
        }
        // Stripe has no Express dashboard before the details are submitted (DashboardLinks says so with a 409).
        if (seller.detailsSubmitted() || seller.accountType() == AccountType.STANDARD) {
            body.append(button("/seller/dashboard-link", "open-dashboard", "Open your Stripe dashboard", " class=\"secondary\"", request));
        }
        body.append("<h2>Your shop</h2><ul><li><a href=\"/seller/products\">Your products</a></li>")
                .append("<li><a href=\"/seller/orders\">Your orders</a></li></ul>");
        render(request, response, "Seller dashboard", body.toString());
    }

    private static String button(String action, String id, String label, String buttonClass, HttpServletRequest request) {
        return "<form method=\"post\" action=\"" + action + "\" class=\"inline\">" + csrfField(request) + "<button type=\"submit\" id=\""
                + id + "\"" + buttonClass + ">" + Html.escape(label) + "</button></form> ";
    }
}
