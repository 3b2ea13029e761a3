package com.marketplace.web.pages.seller;

import com.marketplace.onboarding.application.OnboardingLinks;
import com.marketplace.onboarding.domain.OnboardingLinkInvalid;
import com.marketplace.onboarding.domain.RequirementWording;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where Stripe sends a seller's browser back: {@code refresh_url} mints a new onboarding link and
 * redirects to it (Stripe's answer to an expired or used link); {@code return_url} re-fetches the
 * account and tells the seller where they really stand. Both know the seller by the single-use
 * token in the URL, or else by their signed-in session; with neither (a week-old URL from a
 * browser's history), the page asks them to sign in, which brings them back here for a fresh link.
 */
@WebServlet({OnboardingLinks.REFRESH_PATH, OnboardingLinks.RETURN_PATH})
public class OnboardingReturnPage extends PageServlet {

    @Inject
    OnboardingLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        Optional<SellerId> signedIn = caller().seller();
        response.setHeader("Cache-Control", "no-store");
        // The token in this page's URL must not leak to the sites its links lead to.
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            if (request.getServletPath().equals(OnboardingLinks.REFRESH_PATH)) {
                seeOther(response, links.refresh(token, signedIn).toString());
                return;
            }
            render(request, response, "Your payments setup", "seller/onboardingReturn.jte", view(links.returned(token, signedIn)));
        } catch (OnboardingLinkInvalid spent) {
            render(request, response, HttpServletResponse.SC_NOT_FOUND, "Onboarding", "seller/onboardingLinkSpent.jte", spent.getMessage());
        }
    }

    private OnboardingReturnView view(Seller seller) {
        OnboardingStatus status = seller.status();
        // A rejected account cannot be onboarded again; only PENDING and RESTRICTED sellers have something left to give Stripe.
        boolean mayContinue = status == OnboardingStatus.PENDING || status == OnboardingStatus.RESTRICTED;
        return new OnboardingReturnView(status.name(), RequirementWording.status(status),
                seller.disabledReason().filter(reason -> status != OnboardingStatus.ACTIVE).map(RequirementWording::disabledReason),
                RequirementWording.toDo(Stream.concat(seller.pastDue().stream(), seller.currentlyDue().stream()).toList()),
                mayContinue ? Optional.of(links.continueUrl(seller.id()).toString()) : Optional.empty());
    }
}
