package com.marketplace.web.pages.buyer;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.error.Refusal;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.subscriptions.application.SubscriptionSummary;
import com.marketplace.platform.subscriptions.application.Subscriptions;
import com.marketplace.platform.subscriptions.domain.SubscriptionGatewayFailure;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.pages.support.PlanText;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One of the signed-in buyer's subscriptions ({@code /account/subscriptions/{id}}); another's is a
 * page that does not exist (404: the use cases show a buyer only their own; sellers and admins,
 * whom they also show it, have no buyer pages, 403). Checkout's success URL leads here with {@code ?checkout=done}:
 * the page then confirms with Stripe (never on the browser's word) and says "processing" until the
 * subscription has started. Its forms post here ({@code action}): Manage billing opens Stripe's
 * customer portal, coming back to this page; Change plan (prorated); Cancel at period end; Cancel
 * now. {@code GET …/{id}/portal} is the link the dunning mail carries: a fresh portal session for
 * the owner (signing in first if need be). Every door goes through {@link Subscriptions}, as the API does.
 */
@WebServlet("/account/subscriptions/*")
public class SubscriptionPage extends PageServlet {

    private static final Logger LOG = Logger.getLogger(SubscriptionPage.class.getName());
    private static final Pattern SHOW = Pattern.compile("/(\\d{1,18})");
    private static final Pattern PORTAL = Pattern.compile("/(\\d{1,18})/portal");

    @Inject
    Subscriptions subscriptions;

    @Inject
    MarketplaceConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher portal = PORTAL.matcher(path);
        if (portal.matches()) {
            SubscriptionId id = id(portal);
            if (requireBuyer(request, response).isPresent()) {
                try {
                    seeOther(response, subscriptions.portal(id, caller(), returnUrl(id)).toString());
                } catch (Refusal refused) {
                    refusedHere(request, response, id, RefusalMapper.errorCodeOf(refused).status().getStatusCode(), refused.getMessage());
                } catch (SubscriptionGatewayFailure failure) {
                    stripeFailed(request, response, id, failure);
                }
            }
            return;
        }
        Matcher show = SHOW.matcher(path);
        if (!show.matches()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        SubscriptionId id = id(show);
        if (requireBuyer(request, response).isEmpty()) {
            return;
        }
        boolean checkoutDone = "done".equals(request.getParameter("checkout"));
        SubscriptionSummary subscription = checkoutDone ? confirmed(id) : subscriptions.find(id, caller());
        page(request, response, HttpServletResponse.SC_OK, subscription, checkoutDone, Optional.empty());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher show = SHOW.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!show.matches()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        SubscriptionId id = id(show);
        if (requireBuyer(request, response).isEmpty()) {
            return;
        }
        // Only its buyer may act (another's is as missing as none): read it first, so a refusal below is about the action.
        subscriptions.find(id, caller());
        String action = String.valueOf(request.getParameter("action"));
        try {
            switch (action) {
                case "portal" -> seeOther(response, subscriptions.portal(id, caller(), returnUrl(id)).toString());
                case "change-plan" -> {
                    long plan = longParameter(request, "plan", "Plan");
                    if (plan < 1) {
                        throw new ApiException(ErrorCode.VALIDATION_FAILED, "Plan must be a plan's number");
                    }
                    SubscriptionSummary changed = subscriptions.changePlan(id, new PlanId(plan), caller());
                    Flash.set(request, "Your plan is now " + changed.planName() + " at " + price(changed)
                            + ". The difference for the rest of this period is on your next invoice.");
                    seeOther(response, pageOf(id));
                }
                case "cancel-at-period-end" -> {
                    SubscriptionSummary cancelled = subscriptions.cancel(id, true, caller());
                    Flash.set(request, cancelled.currentPeriodEnd().map(end -> "Your subscription ends on " + SubscriptionText.day(end)
                            + "; nothing more will be charged.").orElse("Your subscription ends at the end of this period."));
                    seeOther(response, pageOf(id));
                }
                case "cancel-now" -> {
                    subscriptions.cancel(id, false, caller());
                    Flash.set(request, "Your subscription is cancelled; nothing more will be charged.");
                    seeOther(response, pageOf(id));
                }
                default -> throw new ApiException(ErrorCode.VALIDATION_FAILED, "Unknown action.");
            }
        } catch (Refusal refused) {
            // The buyer owns the subscription (read above): a refusal is about the action (a plan
            // that is not offered, a subscription already ended), said on the page.
            refusedHere(request, response, id, RefusalMapper.errorCodeOf(refused).status().getStatusCode(), refused.getMessage());
        } catch (ApiException refused) {
            refusedHere(request, response, id, refused.code().status().getStatusCode(), refused.getMessage());
        } catch (SubscriptionGatewayFailure failure) {
            stripeFailed(request, response, id, failure);
        }
    }

    /** Stripe could not be reached or refused: nothing changed here; the page says so (503 or 502). */
    private void stripeFailed(HttpServletRequest request, HttpServletResponse response, SubscriptionId id, SubscriptionGatewayFailure failure)
            throws IOException {
        LOG.warning(failure.getMessage());
        refusedHere(request, response, id, failure.isTransient() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_GATEWAY,
                "Stripe could not do that just now; nothing was changed. Try again shortly.");
    }

    /**
     * The subscription as Stripe has it now; if Stripe cannot be asked just now, as the platform
     * last knew it (a checkout not yet seen finished shows "processing" and looks again).
     */
    private SubscriptionSummary confirmed(SubscriptionId id) {
        try {
            return subscriptions.confirmCheckout(id, caller());
        } catch (SubscriptionGatewayFailure failure) {
            LOG.warning(failure.getMessage());
            return subscriptions.find(id, caller());
        }
    }

    /** The page again, saying why the action was refused, with the refusal's status. */
    private void refusedHere(HttpServletRequest request, HttpServletResponse response, SubscriptionId id, int status, String message)
            throws IOException {
        page(request, response, status, subscriptions.find(id, caller()), false, Optional.of(message));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status, SubscriptionSummary subscription,
                      boolean checkoutDone, Optional<String> problem) throws IOException {
        boolean running = SubscriptionText.running(subscription.status());
        List<SubscriptionView.PlanOption> options = running ? subscriptions.switchableTo(subscription.id(), caller()).stream()
                .map(plan -> new SubscriptionView.PlanOption(plan.id().value(), plan.name() + " — " + PlanText.price(plan))).toList() : List.of();
        render(request, response, status, subscription.planName(), "buyer/subscription.jte", new SubscriptionView(subscription.id().value(),
                subscription.planName(), subscription.sellerName(), subscription.sellerId().value(), price(subscription),
                subscription.status(), SubscriptionText.status(subscription.status()), subscription.cancelAtPeriodEnd(), facts(subscription),
                "past_due".equals(subscription.status()), checkoutDone && SubscriptionText.awaitingCheckout(subscription.status()),
                problem, running, options, CsrfTokens.tokenFor(request)));
    }

    static List<SubscriptionView.Fact> facts(SubscriptionSummary subscription) {
        List<SubscriptionView.Fact> facts = new ArrayList<>();
        facts.add(new SubscriptionView.Fact("Subscribed on", SubscriptionText.day(subscription.createdAt())));
        boolean running = SubscriptionText.running(subscription.status());
        if (running && "trialing".equals(subscription.status())) {
            subscription.trialEnd().ifPresent(end -> facts.add(new SubscriptionView.Fact("Trial ends", SubscriptionText.day(end))));
        }
        if (running) {
            // A trial's period ends with the first payment; later periods with a renewal.
            String label = subscription.cancelAtPeriodEnd() ? "Ends on" : "trialing".equals(subscription.status()) ? "First payment on" : "Renews on";
            subscription.currentPeriodEnd().ifPresent(end -> facts.add(new SubscriptionView.Fact(label, SubscriptionText.day(end))));
        }
        subscription.endedAt().filter(ended -> !running)
                .ifPresent(ended -> facts.add(new SubscriptionView.Fact("Ended on", SubscriptionText.day(ended))));
        return facts;
    }

    /** "€20.00 / month": the price the subscription is billed per interval. */
    static String price(SubscriptionSummary subscription) {
        Money price = subscription.price();
        return MoneyText.format(price.minorUnits(), price.currency().value()) + " / " + subscription.interval().value();
    }

    private URI returnUrl(SubscriptionId id) {
        return config.publicBaseUrl().resolve(pageOf(id));
    }

    private static String pageOf(SubscriptionId id) {
        return "/account/subscriptions/" + id.value();
    }

    private static SubscriptionId id(Matcher matcher) {
        long value = Long.parseLong(matcher.group(1));
        if (value < 1) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        return new SubscriptionId(value);
    }
}
