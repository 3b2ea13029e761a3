package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code account.updated}, {@code capability.updated} and {@code account.application.deauthorized}
 * from the Connect endpoint: the payload is only a hint that something
 * changed; the account is re-fetched and projected ({@link AccountProjection}). An account no
 * seller owns (another platform's test account, a deleted seller) is ignored.
 */
@ApplicationScoped
public class AccountUpdatedHandler {

    private AccountProjection projection;
    private AccountDisconnection disconnection;

    protected AccountUpdatedHandler() {
        // for CDI proxies
    }

    public AccountUpdatedHandler(AccountProjection projection) {
        this(projection, null);
    }

    @Inject
    public AccountUpdatedHandler(AccountProjection projection, AccountDisconnection disconnection) {
        this.projection = projection;
        this.disconnection = disconnection;
    }

    void onAccountUpdated(@Observes @StripeEventType("account.updated") StripeEventReceived event) {
        if (event.endpoint() != WebhookEndpoint.CONNECT) {
            return; // about the platform's own account: nothing to project
        }
        event.connectedAccount().or(event::objectId)
                .filter(id -> id.matches("acct_[A-Za-z0-9]+"))
                .ifPresent(account -> projection.sync(new StripeAccountId(account), event.created().getEpochSecond()));
    }

    /**
     * {@code capability.updated}: a capability of the account (its object) changed status, which
     * changes charges_enabled and the requirements; re-fetched and projected as account.updated.
     */
    void onCapabilityUpdated(@Observes @StripeEventType("capability.updated") StripeEventReceived event) {
        if (event.endpoint() != WebhookEndpoint.CONNECT) {
            return;
        }
        event.connectedAccount()
                .filter(id -> id.matches("acct_[A-Za-z0-9]+"))
                .ifPresent(account -> projection.sync(new StripeAccountId(account), event.created().getEpochSecond()));
    }

    /**
     * {@code account.application.deauthorized}: the object is the application, the account is
     * the event's {@code account}; verified by Stripe refusing to read it ({@link AccountDisconnection}).
     */
    void onDeauthorized(@Observes @StripeEventType("account.application.deauthorized") StripeEventReceived event) {
        if (event.endpoint() != WebhookEndpoint.CONNECT || disconnection == null) {
            return;
        }
        event.connectedAccount()
                .filter(id -> id.matches("acct_[A-Za-z0-9]+"))
                .ifPresent(account -> disconnection.deauthorized(new StripeAccountId(account)));
    }
}
