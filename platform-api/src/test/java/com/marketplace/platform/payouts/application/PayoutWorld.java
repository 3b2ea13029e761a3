package com.marketplace.platform.payouts.application;

import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.payouts.domain.Balance;
import com.marketplace.platform.payouts.domain.BalanceCache;
import com.marketplace.platform.payouts.domain.Exposure;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.platform.payouts.domain.PayoutGateway;
import com.marketplace.platform.payouts.domain.PayoutRepository;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import com.marketplace.platform.payouts.domain.SellerAccounts;
import com.marketplace.platform.payouts.domain.StripePayout;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Seller money wired to in-memory fakes of its ports: Stripe's payouts and balances are what the test says they are. */
final class PayoutWorld {

    static final SellerId SELLER = new SellerId(7);
    static final SellerId OTHER_SELLER = new SellerId(8);
    static final String ACCOUNT = "acct_seven";

    final InMemorySellerDirectory sellers = new InMemorySellerDirectory().active(SELLER, ChargeType.DIRECT, ACCOUNT)
            .active(OTHER_SELLER, ChargeType.DESTINATION, "acct_eight");
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final FakeStripePayouts stripe = new FakeStripePayouts();
    final InMemoryPayouts payouts = new InMemoryPayouts();
    final SellerAccounts accounts = account -> ACCOUNT.equals(account) ? Optional.of(SELLER)
            : "acct_eight".equals(account) ? Optional.of(OTHER_SELLER) : Optional.empty();
    final SellerMoney money = new SellerMoney(sellers, payouts, stripe, () -> new Exposure(List.of(), List.of()),
            new BalanceCache(Duration.ofSeconds(30), Clock.systemUTC()));
    final PayoutEventHandlers handlers = new PayoutEventHandlers(payouts, stripe, accounts,
            new PayoutNotices(outbox, sellers, new PayoutSettings(Duration.ofSeconds(30), URI.create("https://shop.test"))), money);

    private long eventSeconds = 1_000;

    /** Stripe now has the payout in this state; returns it. */
    StripePayout stripeHas(String id, PayoutStatus status, long createdSecond) {
        StripePayout payout = new StripePayout(id, 4_200, "eur", status, Optional.of(Instant.ofEpochSecond(createdSecond + 86_400)),
                status == PayoutStatus.FAILED ? Optional.of("no_account") : Optional.empty(),
                status == PayoutStatus.FAILED ? Optional.of("The bank account details on file are probably incorrect.") : Optional.empty(),
                Instant.ofEpochSecond(createdSecond));
        stripe.payouts.put(id, payout);
        return payout;
    }

    /** A payout event on the Connect endpoint as the webhook worker hands it over, each one later than the last. */
    void deliver(String type, String payoutId, String account) {
        handlers.project(event(type, payoutId, account, Instant.ofEpochSecond(eventSeconds++)));
    }

    static StripeEventReceived event(String type, String objectId, String account, Instant created) {
        Event event = ApiResource.GSON.fromJson("{\"id\":\"evt_" + objectId + type + "\",\"object\":\"event\",\"type\":\"" + type
                + "\",\"data\":{\"object\":{\"id\":\"" + objectId + "\",\"object\":\"payout\"}}}", Event.class);
        return new StripeEventReceived(event.getId(), type, WebhookEndpoint.CONNECT, account, created, null, event);
    }

    static final class FakeStripePayouts implements PayoutGateway {

        final Map<String, StripePayout> payouts = new HashMap<>();
        final Map<String, Balance> balances = new HashMap<>();
        int balanceReads;

        @Override
        public StripePayout payout(String connectedAccount, String payoutId) {
            return payouts.get(payoutId);
        }

        @Override
        public Balance balance(String connectedAccount) {
            balanceReads++;
            return balances.getOrDefault(connectedAccount, new Balance(List.of(), List.of()));
        }

        @Override
        public Balance platformBalance() {
            return balances.getOrDefault("platform", new Balance(List.of(), List.of()));
        }
    }

    static final class InMemoryPayouts implements PayoutRepository {

        private final Map<String, Payout> rows = new LinkedHashMap<>();
        private final Map<String, Long> lastEvent = new HashMap<>();

        @Override
        public synchronized Optional<Payout> find(String stripePayoutId) {
            return Optional.ofNullable(rows.get(stripePayoutId));
        }

        @Override
        public synchronized boolean save(Payout payout, long eventCreated) {
            if (lastEvent.getOrDefault(payout.stripe().id(), Long.MIN_VALUE) > eventCreated) {
                return false;
            }
            rows.put(payout.stripe().id(), payout);
            lastEvent.put(payout.stripe().id(), eventCreated);
            return true;
        }

        @Override
        public synchronized List<Payout> ofSeller(SellerId seller, int limit, int offset) {
            return newestFirst().stream().filter(payout -> payout.sellerId().equals(seller)).skip(offset).limit(limit).toList();
        }

        @Override
        public synchronized List<Payout> withStatus(PayoutStatus status, int limit, int offset) {
            return newestFirst().stream().filter(payout -> payout.status() == status).skip(offset).limit(limit).toList();
        }

        @Override
        public synchronized Optional<Payout> latestSettled(SellerId seller) {
            return newestFirst().stream().filter(payout -> payout.sellerId().equals(seller) && payout.status().settled()).findFirst();
        }

        private List<Payout> newestFirst() {
            List<Payout> all = new ArrayList<>(rows.values());
            all.sort(Comparator.comparing((Payout payout) -> payout.stripe().created()).reversed());
            return all;
        }
    }
}
