package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code account.updated} from the Connect endpoint: the payload is only a hint that something
 * changed; the account is re-fetched and projected ({@link AccountProjection}). An account no
 * seller owns (another platform's test account, a deleted seller) is ignored.
 */
@ApplicationScoped
public class AccountUpdatedHandler {

    private AccountProjection projection;

    protected AccountUpdatedHandler() {
        // for CDI proxies
    }

    @Inject
    public AccountUpdatedHandler(AccountProjection projection) {
        this.projection = projection;
    }

    void onAccountUpdated(@Observes @StripeEventType("account.updated") StripeEventReceived event) {
        if (event.endpoint() != WebhookEndpoint.CONNECT) {
            return; // about the platform's own account: nothing to project
        }
        event.connectedAccount().or(event::objectId)
                .filter(id -> id.matches("acct_[A-Za-z0-9]+"))
                .ifPresent(account -> projection.sync(new StripeAccountId(account), event.created().getEpochSecond()));
    }
}
