package com.marketplace.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.onboarding.application.ScriptedAccounts.Creation;
import com.marketplace.onboarding.domain.AccountInUse;
import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerNotFound;
import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's switch of a seller's account type through {@link SellerAdministration}, with the
 * sellers, Stripe's accounts and the record of money in memory: what the next provisioning
 * creates, and what becomes of the old account's events.
 */
class AccountTypeSwitchingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final InMemorySellers sellers = new InMemorySellers();
    private final ScriptedAccounts stripe = new ScriptedAccounts();
    private final Set<SellerId> withMoney = new HashSet<>();
    private final AccountProjection projection = new AccountProjection(sellers, stripe, seller -> 0, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SellerStore store = new SellerStore(sellers, withMoney::contains);
    private final SellerQueries queries = new SellerQueries(sellers);
    private final SellerAdministration administration = new SellerAdministration(store, projection, queries);
    private final AccountProvisioning provisioning = new AccountProvisioning(queries, store, stripe);

    private List<Creation> creations;
    private Seller seller;
    private StripeAccountId expressAccount;

    @BeforeEach
    void anExpressSellerWithTheirFirstAccount() {
        creations = stripe.acceptCreations();
        seller = sellers.add(Seller.register(new SellerProfile("ada@example.com", "Ada's Shop", "FR", "eur", ChargeType.DIRECT),
                "hash", AccountType.EXPRESS, NOW.minusSeconds(3600)));
        expressAccount = provisioning.ensureAccount(seller.id());
        stripe.answer(ScriptedAccounts.notSubmitted(expressAccount));
        projection.syncSeller(seller.id());
    }

    @Test
    void theNextProvisioningCreatesAStandardAccountWithANewIdempotencyKey() {
        Seller switched = administration.switchAccountType(seller.id(), AccountType.STANDARD);

        assertEquals(AccountType.STANDARD, switched.accountType());
        assertEquals(Optional.empty(), switched.stripeAccountId());
        StripeAccountId standardAccount = provisioning.ensureAccount(seller.id());

        assertEquals(2, creations.size());
        assertEquals(AccountType.STANDARD, creations.get(1).account().type());
        assertNotEquals(creations.get(0).idempotencyKey(), creations.get(1).idempotencyKey(),
                "the old key would make Stripe answer with the Express account again");
        assertNotEquals(expressAccount, standardAccount);
        assertEquals(Optional.of(standardAccount), sellers.find(seller.id()).orElseThrow().stripeAccountId());
    }

    @Test
    void anEventForTheOldAccountNoLongerReachesTheSeller() {
        administration.switchAccountType(seller.id(), AccountType.STANDARD);
        StripeAccountId standardAccount = provisioning.ensureAccount(seller.id());
        stripe.answer(ScriptedAccounts.enabled(expressAccount));

        assertEquals(Optional.empty(), projection.sync(expressAccount, NOW.getEpochSecond()), "ignored: no seller owns it now");

        Seller unchanged = sellers.find(seller.id()).orElseThrow();
        assertEquals(OnboardingStatus.PENDING, unchanged.status());
        assertEquals(Optional.of(standardAccount), unchanged.stripeAccountId());
    }

    @Test
    void theSameTypeAgainIsNoChange() {
        String key = sellers.find(seller.id()).orElseThrow().accountRequestKey();

        Seller same = administration.switchAccountType(seller.id(), AccountType.EXPRESS);

        assertEquals(Optional.of(expressAccount), same.stripeAccountId());
        assertEquals(key, same.accountRequestKey());
        assertEquals(1, creations.size());
    }

    @Test
    void anActiveSellerKeepsTheirAccount() {
        stripe.answer(ScriptedAccounts.enabled(expressAccount));
        projection.syncSeller(seller.id());

        assertThrows(AccountInUse.class, () -> administration.switchAccountType(seller.id(), AccountType.STANDARD));

        Seller kept = sellers.find(seller.id()).orElseThrow();
        assertEquals(AccountType.EXPRESS, kept.accountType());
        assertEquals(Optional.of(expressAccount), kept.stripeAccountId());
        assertEquals(OnboardingStatus.ACTIVE, kept.status());
    }

    @Test
    void aSellerWithOrdersRecordedKeepsTheirAccountEvenWhenNoLongerActive() {
        withMoney.add(seller.id());

        AccountInUse refused = assertThrows(AccountInUse.class, () -> administration.switchAccountType(seller.id(), AccountType.STANDARD));

        assertTrue(refused.getMessage().contains("orders"), refused.getMessage());
        assertEquals(Optional.of(expressAccount), sellers.find(seller.id()).orElseThrow().stripeAccountId());
    }

    @Test
    void anUnknownSellerIsNotFound() {
        assertThrows(SellerNotFound.class, () -> administration.switchAccountType(new SellerId(999), AccountType.STANDARD));
    }
}
