package com.marketplace.platform.payouts.application;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.platform.payouts.domain.PayoutGateway;
import com.marketplace.platform.payouts.domain.PayoutProjection;
import com.marketplace.platform.payouts.domain.PayoutRepository;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import com.marketplace.platform.payouts.domain.SellerAccounts;
import com.marketplace.platform.payouts.domain.StripePayout;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * payout.* on the Connect endpoint: each event is only a reason to re-fetch the payout on the
 * account it names, and the row becomes what Stripe answers, so events in any order or twice end
 * the same. They run in the webhook worker's transaction: the row and its mail commit with the
 * event's "processed" mark.
 */
@ApplicationScoped
public class PayoutEventHandlers {

    private static final Logger LOG = Logger.getLogger(PayoutEventHandlers.class.getName());

    private PayoutRepository payouts;
    private PayoutGateway stripe;
    private SellerAccounts accounts;
    private PayoutNotices notices;
    private SellerMoney money;
    private Clock clock;

    protected PayoutEventHandlers() {
        // for CDI proxies
    }

    @Inject
    public PayoutEventHandlers(PayoutRepository payouts, PayoutGateway stripe, SellerAccounts accounts, PayoutNotices notices, SellerMoney money) {
        this(payouts, stripe, accounts, notices, money, Clock.systemUTC());
    }

    public PayoutEventHandlers(PayoutRepository payouts, PayoutGateway stripe, SellerAccounts accounts, PayoutNotices notices,
                               SellerMoney money, Clock clock) {
        this.payouts = payouts;
        this.stripe = stripe;
        this.accounts = accounts;
        this.notices = notices;
        this.money = money;
        this.clock = clock;
    }

    void onCreated(@Observes @StripeEventType("payout.created") StripeEventReceived event) {
        project(event);
    }

    void onUpdated(@Observes @StripeEventType("payout.updated") StripeEventReceived event) {
        project(event);
    }

    void onPaid(@Observes @StripeEventType("payout.paid") StripeEventReceived event) {
        project(event);
    }

    void onFailed(@Observes @StripeEventType("payout.failed") StripeEventReceived event) {
        project(event);
    }

    void onCanceled(@Observes @StripeEventType("payout.canceled") StripeEventReceived event) {
        project(event);
    }

    /** The payout the event names, as Stripe has it now, onto its row; the mail its outcome owes. */
    public void project(StripeEventReceived event) {
        // A payout of the platform's own balance (platform endpoint) is not a seller's.
        if (event.endpoint() != WebhookEndpoint.CONNECT || event.connectedAccount().isEmpty() || event.objectId().isEmpty()) {
            return;
        }
        String account = event.connectedAccount().get();
        Optional<SellerId> seller = accounts.sellerOf(account);
        if (seller.isEmpty()) {
            LOG.info(() -> "event " + event.eventId() + ": no seller has account " + account);
            return;
        }
        StripePayout fetched = stripe.payout(account, event.objectId().get());
        Optional<PayoutStatus> before = payouts.find(fetched.id()).map(Payout::status);
        Payout payout = new Payout(seller.get(), fetched);
        if (!payouts.save(payout, event.created().getEpochSecond())) {
            return;
        }
        money.forgetBalance(seller.get());
        PayoutProjection.noticeOwed(before, fetched.status()).ifPresent(kind -> notices.owed(kind, payout, clock.instant()));
    }
}
