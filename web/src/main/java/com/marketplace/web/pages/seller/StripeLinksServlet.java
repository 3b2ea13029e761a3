package com.marketplace.web.pages.seller;

import com.marketplace.onboarding.application.DashboardLinks;
import com.marketplace.onboarding.application.OnboardingLinks;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The dashboard's two buttons into Stripe's hosted pages. Links are minted on the POST, not
 * rendered into the dashboard: they work once and expire in minutes. Refusals (409 before the
 * details are submitted, 503 when Stripe is unreachable) become pages through {@link PageServlet}.
 */
@WebServlet({StripeLinksServlet.ONBOARDING, StripeLinksServlet.DASHBOARD})
public class StripeLinksServlet extends PageServlet {

    static final String ONBOARDING = "/seller/onboarding-link";
    static final String DASHBOARD = "/seller/dashboard-link";

    @Inject
    OnboardingLinks onboardingLinks;

    @Inject
    DashboardLinks dashboardLinks;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        URI link = ONBOARDING.equals(request.getServletPath())
                ? onboardingLinks.create(seller.get()).url()
                : dashboardLinks.create(seller.get()).url();
        response.setHeader("Cache-Control", "no-store");
        seeOther(response, link.toString());
    }
}
