package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.plans.application.Plans;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.subscriptions.application.StartedSubscription;
import com.marketplace.platform.subscriptions.application.Subscriptions;
import com.marketplace.platform.subscriptions.domain.SubscriptionGatewayFailure;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.pages.support.PlanText;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A seller's shop ({@code /shops/{sellerId}}): the storefront for one seller, with the same search,
 * and the seller's subscription plans. Only a seller who may sell has a shop; any other id is a page
 * that does not exist (404). A signed-in buyer subscribes to a plan with its Subscribe form
 * ({@code POST /shops/{sellerId}/subscribe}, field {@code plan}): the same use case as
 * {@code POST /api/subscriptions}, then on to Stripe's Checkout page.
 */
@WebServlet("/shops/*")
public class ShopPage extends PageServlet {

    private static final Logger LOG = Logger.getLogger(ShopPage.class.getName());
    private static final Pattern SUBSCRIBE = Pattern.compile("/(\\d{1,18})/subscribe");

    @Inject
    CatalogQueries catalog;

    @Inject
    Plans plans;

    @Inject
    Subscriptions subscriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        SellerId seller = new SellerId(idFromPath(request));
        SellerStanding shop = catalog.shop(seller).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "There is no such shop"));
        String shopPath = "/shops/" + seller.value();
        render(request, response, shop.displayName(), "shop/storefront.jte",
                StorefrontPage.view(catalog, request, shopPath, Optional.of(seller), Optional.of(shop.displayName()))
                        .withPlans(plans.offeredBy(seller).stream().map(plan -> new StorefrontView.PlanCard(plan.id().value(), plan.name(),
                                plan.description(), PlanText.price(plan), PlanText.trial(plan.trialDays()))).toList(),
                                subscribing(request, shopPath)));
    }

    private StorefrontView.Subscribing subscribing(HttpServletRequest request, String shopPath) {
        Caller caller = caller();
        if (caller.isBuyer()) {
            return StorefrontView.Subscribing.buyer(shopPath + "/subscribe", CsrfTokens.tokenFor(request));
        }
        return caller.isAnonymous() ? StorefrontView.Subscribing.guest(shopPath + "#plans") : StorefrontView.Subscribing.notForThisVisitor();
    }

    /**
     * Subscribe: the plan comes from the form, everything else (price, seller, fee) from the
     * database. A visitor whose session ended is sent to sign in and back to the shop; sellers and
     * admins have no buyer account to subscribe with (403).
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = SUBSCRIBE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        Caller caller = caller();
        if (caller.isAnonymous()) {
            response.sendRedirect("/login?next=" + URLEncoder.encode("/shops/" + matcher.group(1) + "#plans", StandardCharsets.UTF_8));
            return;
        }
        if (!caller.isBuyer()) {
            problem(request, response, HttpServletResponse.SC_FORBIDDEN, "Subscribing takes a buyer's account; you are signed in as a seller or an admin.");
            return;
        }
        long plan = longParameter(request, "plan", "Plan");
        if (plan < 1) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Plan must be a plan's number");
        }
        StartedSubscription started;
        try {
            started = subscriptions.start(caller, new PlanId(plan));
        } catch (SubscriptionGatewayFailure failure) {
            LOG.warning(failure.getMessage());
            problem(request, response, failure.isTransient() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_GATEWAY,
                    "Stripe could not prepare the payment page just now; nothing was charged. Try again shortly.");
            return;
        }
        // To Stripe's Checkout page (or the sandbox's); it comes back to the subscription's page.
        seeOther(response, started.url());
    }
}
