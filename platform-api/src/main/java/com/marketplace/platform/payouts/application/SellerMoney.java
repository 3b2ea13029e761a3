package com.marketplace.platform.payouts.application;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.payouts.domain.Balance;
import com.marketplace.platform.payouts.domain.BalanceCache;
import com.marketplace.platform.payouts.domain.Exposure;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.platform.payouts.domain.PayoutBanner;
import com.marketplace.platform.payouts.domain.PayoutGateway;
import com.marketplace.platform.payouts.domain.PayoutRefusal;
import com.marketplace.platform.payouts.domain.PayoutRepository;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import com.marketplace.platform.payouts.domain.PlatformExposure;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Seller money, one method per use case, for every door (API and pages): a seller's balance and
 * payouts, the failed-payout banner, and the admin's view (failing payouts, the platform's balance,
 * the sellers' exposure). A seller sees only their own; the admin sees everyone's.
 */
@ApplicationScoped
public class SellerMoney {

    static final int MAX_LIMIT = 100;

    private SellerDirectory sellers;
    private PayoutRepository payouts;
    private PayoutGateway stripe;
    private PlatformExposure exposure;
    private BalanceCache balances;

    protected SellerMoney() {
        // for CDI proxies
    }

    @Inject
    public SellerMoney(SellerDirectory sellers, PayoutRepository payouts, PayoutGateway stripe, PlatformExposure exposure, PayoutSettings settings) {
        this(sellers, payouts, stripe, exposure, new BalanceCache(settings.balanceCacheTime(), Clock.systemUTC()));
    }

    public SellerMoney(SellerDirectory sellers, PayoutRepository payouts, PayoutGateway stripe, PlatformExposure exposure, BalanceCache balances) {
        this.sellers = sellers;
        this.payouts = payouts;
        this.stripe = stripe;
        this.exposure = exposure;
        this.balances = balances;
    }

    /** Available and pending per currency on the seller's connected account, at most a few seconds old. */
    public Balance balance(SellerId seller, Caller caller) {
        String account = visible(seller, caller).stripeAccountId().orElseThrow(() -> new PayoutRefusal(
                PayoutRefusal.Reason.STRIPE_ACCOUNT_MISSING, "The seller has no Stripe account yet: onboarding creates it"));
        return balances.get(seller, () -> stripe.balance(account));
    }

    /** The seller's payouts, newest first. */
    public List<Payout> payouts(SellerId seller, Caller caller, int limit, int offset) {
        visible(seller, caller);
        return payouts.ofSeller(seller, checkedLimit(limit), checkedOffset(offset));
    }

    /** The failed payout the seller's pages warn about, while their latest settled payout is a failure. */
    public Optional<Payout> failedPayoutBanner(SellerId seller) {
        return PayoutBanner.of(payouts.latestSettled(seller));
    }

    /** Every seller's payouts in a status, newest first (the admin). */
    public List<Payout> payoutsWithStatus(PayoutStatus status, Caller caller, int limit, int offset) {
        requireAdmin(caller);
        return payouts.withStatus(status, checkedLimit(limit), checkedOffset(offset));
    }

    /** The platform's own balance (the admin). */
    public Balance platformBalance(Caller caller) {
        requireAdmin(caller);
        return stripe.platformBalance();
    }

    /** What the sellers owe the platform or may cost it (the admin). */
    public Exposure exposure(Caller caller) {
        requireAdmin(caller);
        return exposure.read();
    }

    /** Forgets the seller's cached balance: a payout event says it moved. */
    public void forgetBalance(SellerId seller) {
        balances.forget(seller);
    }

    private SellerStanding visible(SellerId seller, Caller caller) {
        if (!caller.mayActFor(seller)) {
            throw notFound(seller);
        }
        return sellers.find(seller).orElseThrow(() -> notFound(seller));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new PayoutRefusal(PayoutRefusal.Reason.SELLER_NOT_FOUND, "Only the admin sees every seller's money");
        }
    }

    private static PayoutRefusal notFound(SellerId seller) {
        return new PayoutRefusal(PayoutRefusal.Reason.SELLER_NOT_FOUND, "No seller " + seller);
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new PayoutRefusal(PayoutRefusal.Reason.VALIDATION_FAILED, "limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    // Payouts are listed by Stripe's creation time, not by id, so they have no id cursor: their
    // offset is bounded as the other lists' is (a seller has about one payout a day).
    private static int checkedOffset(int offset) {
        if (offset < 0) {
            throw new PayoutRefusal(PayoutRefusal.Reason.VALIDATION_FAILED, "offset must not be negative");
        }
        if (offset > PageRequest.MAX_OFFSET) {
            throw new PayoutRefusal(PayoutRefusal.Reason.VALIDATION_FAILED, "offset must be at most " + PageRequest.MAX_OFFSET);
        }
        return offset;
    }
}
