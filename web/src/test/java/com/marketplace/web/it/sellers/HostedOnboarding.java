package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;

/** A seller going through the sandbox's hosted onboarding page, as their browser would. */
final class HostedOnboarding {

    private final SandboxStripe stripe = RunningMarketplace.stripe();

    /** Asks the platform for an onboarding link and returns its URL. */
    String linkFor(Registered seller) {
        Reply link = Sellers.post(seller, "/api/sellers/" + seller.id() + "/onboarding-link", null);
        assertEquals(200, link.status(), link.body());
        return link.json().getString("url");
    }

    /**
     * Opens the link, submits the form with the chosen outcome ({@code complete}, {@code incomplete},
     * {@code restricted}, {@code rejected}) and returns where Stripe sends the browser back (the return URL).
     */
    String submit(String linkUrl, String outcome) {
        SandboxStripe.Raw page = stripe.get(linkUrl);
        assertEquals(200, page.status(), "the onboarding page should open: " + page.body());
        SandboxStripe.Raw submitted = stripe.postForm(linkUrl, "outcome", outcome, "business_name", "Atelier", "business_type", "individual");
        assertEquals(303, submitted.status(), submitted.body());
        return submitted.location();
    }

    SandboxStripe stripe() {
        return stripe;
    }
}
