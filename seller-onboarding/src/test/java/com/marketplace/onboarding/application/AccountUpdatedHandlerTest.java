package com.marketplace.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which account.updated deliveries reach the projection, and with which account and time. */
class AccountUpdatedHandlerTest {

    private static final StripeAccountId ACCOUNT = new StripeAccountId("acct_1Handled");

    private final InMemorySellers sellers = new InMemorySellers();
    private final ScriptedAccounts stripe = new ScriptedAccounts();
    private final AccountUpdatedHandler handler = new AccountUpdatedHandler(
            new AccountProjection(sellers, stripe, seller -> 0, Clock.systemUTC()));
    private Seller seller;

    @BeforeEach
    void aSellerWithAnAccount() {
        seller = sellers.add(Seller.register(new SellerProfile("ada@example.com", "Ada's Shop", "FR", "eur", ChargeType.DIRECT),
                "hash", AccountType.EXPRESS, Instant.EPOCH));
        sellers.attachAccount(seller.id(), ACCOUNT);
        stripe.answer(ScriptedAccounts.enabled(ACCOUNT));
    }

    @Test
    void anEventAtTheConnectEndpointProjectsTheAccountItNames() {
        handler.onAccountUpdated(event(WebhookEndpoint.CONNECT, ACCOUNT.value(), ACCOUNT.value(), 300));

        assertEquals(List.of(ACCOUNT), stripe.fetched());
        assertEquals(OnboardingStatus.ACTIVE, seller.status());
        assertEquals(300, seller.lastAccountEventCreated());
    }

    @Test
    void withoutEventAccountTheAccountIsTheEventsObject() {
        handler.onAccountUpdated(event(WebhookEndpoint.CONNECT, null, ACCOUNT.value(), 300));

        assertEquals(List.of(ACCOUNT), stripe.fetched());
    }

    @Test
    void anEventAboutThePlatformsOwnAccountIsIgnored() {
        handler.onAccountUpdated(event(WebhookEndpoint.PLATFORM, null, ACCOUNT.value(), 300));

        assertEquals(List.of(), stripe.fetched());
        assertEquals(OnboardingStatus.PENDING, seller.status());
    }

    @Test
    void anIdThatIsNotAnAccountIdIsIgnored() {
        handler.onAccountUpdated(event(WebhookEndpoint.CONNECT, null, "cus_1NotAnAccount", 300));

        assertEquals(List.of(), stripe.fetched());
    }

    private static StripeEventReceived event(WebhookEndpoint endpoint, String account, String objectId, long created) {
        Event stripeEvent = ApiResource.GSON.fromJson("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"account.updated\",\"created\":"
                + created + ",\"data\":{\"object\":{\"id\":\"" + objectId + "\",\"object\":\"account\"}}}", Event.class);
        return new StripeEventReceived("evt_1", "account.updated", endpoint, account, Instant.ofEpochSecond(created), null, stripeEvent);
    }
}
