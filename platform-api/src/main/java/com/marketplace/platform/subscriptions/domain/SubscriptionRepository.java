package com.marketplace.platform.subscriptions.domain;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The subscriptions, the buyers' Customers per account, and the Prices a subscription may be billed on. */
public interface SubscriptionRepository {

    /** Writes a new subscription; it has its id on return. */
    Subscription add(Subscription subscription);

    Optional<Subscription> find(SubscriptionId id);

    /** The subscription with its row locked until the caller's transaction ends (SELECT ... FOR UPDATE). */
    Optional<Subscription> lock(SubscriptionId id);

    Optional<Subscription> findBySession(String checkoutSessionId);

    Optional<Subscription> findByStripeId(String stripeSubscriptionId);

    /** A buyer's subscriptions, newest first. */
    List<Subscription> ofBuyer(BuyerId buyer);

    /** A buyer's subscriptions to one seller, newest first. */
    List<Subscription> ofSellerAndBuyer(SellerId seller, BuyerId buyer);

    /** The buyer's Customer on an account ({@code acct_...}, or "platform"). */
    Optional<String> customerOf(BuyerId buyer, String accountKey);

    /** Records the buyer's Customer on an account unless one is recorded already; the one recorded (a race's winner). */
    String addCustomer(BuyerId buyer, String accountKey, String customerId, Instant now);

    /** What the price history knows of a Stripe Price of one of the seller's plans. */
    Optional<BilledPrice> price(SellerId seller, String stripePriceId);
}
