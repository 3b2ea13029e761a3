package com.marketplace.platform.payouts.infrastructure;

import com.marketplace.platform.payouts.domain.Balance;
import com.marketplace.platform.payouts.domain.PayoutGateway;
import com.marketplace.platform.payouts.domain.PayoutGatewayFailure;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import com.marketplace.platform.payouts.domain.StripePayout;
import com.marketplace.platform.stripe.infrastructure.StripeApi;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Payout;
import com.stripe.net.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Seller money's Stripe adapter: reads only (no POST, so no idempotency key to carry). */
@ApplicationScoped
public class StripePayouts implements PayoutGateway {

    private StripeApi stripe;

    protected StripePayouts() {
        // for CDI proxies
    }

    @Inject
    public StripePayouts(StripeApi stripe) {
        this.stripe = stripe;
    }

    @Override
    public StripePayout payout(String connectedAccount, String payoutId) {
        try {
            Payout payout = stripe.client().payouts().retrieve(payoutId, stripe.onAccount(connectedAccount));
            return new StripePayout(payout.getId(), payout.getAmount(), payout.getCurrency(), PayoutStatus.fromStripe(payout.getStatus()),
                    Optional.ofNullable(payout.getArrivalDate()).map(Instant::ofEpochSecond), Optional.ofNullable(payout.getFailureCode()),
                    Optional.ofNullable(payout.getFailureMessage()), Instant.ofEpochSecond(payout.getCreated()));
        } catch (StripeException e) {
            throw failure("payout " + payoutId + " on " + connectedAccount, e);
        }
    }

    @Override
    public Balance balance(String connectedAccount) {
        return balance(stripe.onAccount(connectedAccount), connectedAccount);
    }

    @Override
    public Balance platformBalance() {
        return balance(RequestOptions.getDefault(), "the platform");
    }

    private Balance balance(RequestOptions options, String whose) {
        try {
            com.stripe.model.Balance balance = stripe.client().balance().retrieve(options);
            List<Balance.Amount> available = balance.getAvailable() == null ? List.of()
                    : balance.getAvailable().stream().map(amount -> new Balance.Amount(amount.getAmount(), amount.getCurrency())).toList();
            List<Balance.Amount> pending = balance.getPending() == null ? List.of()
                    : balance.getPending().stream().map(amount -> new Balance.Amount(amount.getAmount(), amount.getCurrency())).toList();
            return new Balance(available, pending);
        } catch (StripeException e) {
            throw failure("balance of " + whose, e);
        }
    }

    private static PayoutGatewayFailure failure(String what, StripeException e) {
        boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e.getStatusCode() != null && e.getStatusCode() >= 500);
        return new PayoutGatewayFailure("Stripe failed to answer the " + what + ": " + e.getMessage(), transientFailure, e);
    }
}
