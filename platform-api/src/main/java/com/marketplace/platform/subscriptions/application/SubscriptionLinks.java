package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** The platform's own addresses a subscription's checkout and mail point to, from PUBLIC_BASE_URL. */
@ApplicationScoped
public class SubscriptionLinks {

    private String base;

    protected SubscriptionLinks() {
        // for CDI proxies
    }

    @Inject
    public SubscriptionLinks(MarketplaceConfig config) {
        this(config.publicBaseUrl());
    }

    public SubscriptionLinks(URI publicBaseUrl) {
        String text = publicBaseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** Where the buyer manages it (the account page of the subscription). */
    public URI manage(SubscriptionId id) {
        return URI.create(base + "/account/subscriptions/" + id);
    }

    /** Where Checkout returns the buyer after paying. */
    public URI checkoutDone(SubscriptionId id) {
        return URI.create(manage(id) + "?checkout=done");
    }

    /** Where Checkout returns a buyer who gave up: the seller's shop. */
    public URI checkoutCancelled(SellerId seller) {
        return URI.create(base + "/shops/" + seller);
    }

    /** A page that opens a fresh portal session for the signed-in owner: the dunning mail's "fix your card" link. */
    public URI fixCard(SubscriptionId id) {
        return URI.create(manage(id) + "/portal");
    }
}
