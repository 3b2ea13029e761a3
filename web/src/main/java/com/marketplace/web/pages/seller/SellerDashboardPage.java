package com.marketplace.web.pages.seller;

import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.RequirementWording;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A seller's home: where they stand with Stripe, in the same words the API and the onboarding
 * return page use, what Stripe still asks of them, and the ways into Stripe's hosted pages.
 */
@WebServlet("/seller")
public class SellerDashboardPage extends PageServlet {

    private static final DateTimeFormatter DUE_BY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Inject
    SellerQueries sellers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> signedIn = requireSeller(request, response);
        if (signedIn.isEmpty()) {
            return;
        }
        render(request, response, "Seller dashboard", "seller/dashboard.jte", view(sellers.seller(signedIn.get()), CsrfTokens.tokenFor(request)));
    }

    static DashboardView view(Seller seller, String csrfToken) {
        OnboardingStatus status = seller.status();
        return new DashboardView(csrfToken, seller.displayName(), status.name(), RequirementWording.status(status),
                seller.disabledReason().filter(reason -> status != OnboardingStatus.ACTIVE).map(RequirementWording::disabledReason),
                RequirementWording.toDo(Stream.concat(seller.pastDue().stream(), seller.currentlyDue().stream()).toList()),
                // A rejected account cannot be onboarded again; only PENDING and RESTRICTED sellers have something left to give Stripe.
                status == OnboardingStatus.PENDING || status == OnboardingStatus.RESTRICTED,
                // Stripe has no Express dashboard before the details are submitted (DashboardLinks says so with a 409).
                seller.detailsSubmitted() || seller.accountType() == AccountType.STANDARD,
                seller.pauseReason(),
                // The deadline matters only while something is due.
                seller.currentDeadline().filter(deadline -> !seller.currentlyDue().isEmpty()).map(DUE_BY::format));
    }
}
