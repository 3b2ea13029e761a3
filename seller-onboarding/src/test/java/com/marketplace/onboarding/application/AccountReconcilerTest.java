package com.marketplace.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.ConnectedAccountsFailed;
import com.marketplace.onboarding.domain.ReconcileQueue;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account reconciler: which accounts a pass re-reads, how many, and on which instance. */
class AccountReconcilerTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private final InMemorySellers sellers = new InMemorySellers();
    private final ScriptedAccounts stripe = new ScriptedAccounts();
    private final AccountProjection projection = new AccountProjection(sellers, stripe, seller -> 0, Clock.fixed(NOW, ZoneOffset.UTC));
    private boolean leaseFree = true;
    private final java.util.Map<StripeAccountId, Instant> tried = new java.util.HashMap<>();

    /** The queue over the in-memory sellers, as the JPA one selects them. */
    private final ReconcileQueue queue = new ReconcileQueue() {
        @Override
        public boolean takeTurn(String holder, Instant now, Instant until) {
            return leaseFree;
        }

        @Override
        public List<StripeAccountId> takeStale(Instant cutoff, Instant now, int limit) {
            List<StripeAccountId> taken = sellers.list(PageRequest.first(1000)).items().stream()
                    .filter(s -> s.stripeAccountId().isPresent() && s.status() != OnboardingStatus.DISCONNECTED)
                    .filter(s -> s.accountSyncedAt().map(at -> at.isBefore(cutoff)).orElse(true))
                    .map(s -> s.stripeAccountId().orElseThrow())
                    .filter(account -> !tried.containsKey(account) || tried.get(account).isBefore(cutoff))
                    .sorted(Comparator.comparing((StripeAccountId account) -> tried.getOrDefault(account, Instant.MIN)))
                    .limit(limit).toList();
            taken.forEach(account -> tried.put(account, now));
            return taken;
        }
    };

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private AccountReconciler reconciler(int perMinute) {
        AccountReconciler.ReconcileSettings settings = new AccountReconciler.ReconcileSettings() {
            public Duration reconcileAfter() {
                return Duration.ofHours(1);
            }

            public Duration interval() {
                return Duration.ofSeconds(10);
            }

            public int maxPerMinute() {
                return perMinute;
            }
        };
        return new AccountReconciler(queue, projection, settings, clock);
    }

    private StripeAccountId sellerWithAccount(String account, Instant syncedAt) {
        Seller seller = sellers.add(Seller.register(new SellerProfile(account + "@example.com", "Shop " + account, "FR", "eur",
                ChargeType.DIRECT), "hash", AccountType.EXPRESS, NOW.minusSeconds(7200)));
        StripeAccountId id = new StripeAccountId(account);
        sellers.attachAccount(seller.id(), id);
        stripe.answer(ScriptedAccounts.enabled(id));
        if (syncedAt != null) {
            seller.applyAccount(ScriptedAccounts.enabled(id), 0, syncedAt);
        }
        return id;
    }

    @Test
    void aStaleAccountIsReReadAndARecentOneIsLeftAlone() {
        StripeAccountId stale = sellerWithAccount("acct_1Stale", NOW.minus(Duration.ofHours(2)));
        sellerWithAccount("acct_1Fresh", NOW.minus(Duration.ofMinutes(5)));

        assertEquals(List.of(stale), reconciler(30).pass());
        assertEquals(List.of(stale), stripe.fetched());
    }

    @Test
    void aPassReadsNoMoreThanTheRateAllowsAndTheNextWaitsForTheMinute() {
        sellerWithAccount("acct_1A", null);
        sellerWithAccount("acct_1B", null);
        sellerWithAccount("acct_1C", null);
        AccountReconciler reconciler = reconciler(2);

        assertEquals(2, reconciler.pass().size());
        assertEquals(List.of(), reconciler.pass(), "the minute's budget is spent");
        assertEquals(2, stripe.fetched().size());
    }

    @Test
    void anAccountWhoseReadFailsDoesNotHeadEveryPass() {
        StripeAccountId failing = sellerWithAccount("acct_1Failing", null);
        stripe.failWith(ConnectedAccountsFailed.refused("read", "req_1"));
        AccountReconciler reconciler = reconciler(30);
        assertEquals(List.of(failing), reconciler.pass());

        StripeAccountId next = sellerWithAccount("acct_1Next", null);

        assertEquals(List.of(next), reconciler.pass(), "the failed one waits until reconcileAfter has passed again");
    }

    @Test
    void anInstanceWithoutTheLeaseReadsNothing() {
        sellerWithAccount("acct_1Stale", null);
        leaseFree = false;

        assertEquals(List.of(), reconciler(30).pass());
        assertEquals(List.of(), stripe.fetched());
    }
}
