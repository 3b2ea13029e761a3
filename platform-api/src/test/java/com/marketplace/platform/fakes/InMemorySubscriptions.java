package com.marketplace.platform.fakes;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.subscriptions.domain.BilledPrice;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.platform.subscriptions.domain.SubscriptionRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Subscriptions and buyers' Customers as maps; the Prices come from the plans' history. Row locks are the database's (the subscription ITs). */
public final class InMemorySubscriptions implements SubscriptionRepository {

    private final Map<Long, Subscription> rows = new TreeMap<>();
    private final Map<String, String> customers = new HashMap<>();
    private final InMemoryPlans plans;
    private long nextId = 1;

    public InMemorySubscriptions(InMemoryPlans plans) {
        this.plans = plans;
    }

    @Override
    public Subscription add(Subscription subscription) {
        Columns.set(subscription, "id", nextId++);
        rows.put(subscription.id().value(), subscription);
        return subscription;
    }

    @Override
    public Optional<Subscription> find(SubscriptionId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public Optional<Subscription> lock(SubscriptionId id) {
        return find(id);
    }

    @Override
    public Optional<Subscription> findBySession(String checkoutSessionId) {
        return rows.values().stream().filter(row -> row.checkoutSessionId().filter(checkoutSessionId::equals).isPresent()).findFirst();
    }

    @Override
    public Optional<Subscription> findByStripeId(String stripeSubscriptionId) {
        return rows.values().stream().filter(row -> row.stripeSubscriptionId().filter(stripeSubscriptionId::equals).isPresent()).findFirst();
    }

    @Override
    public List<Subscription> ofBuyer(BuyerId buyer) {
        return rows.values().stream().filter(row -> row.buyerId().equals(buyer))
                .sorted(Comparator.comparingLong((Subscription row) -> row.id().value()).reversed()).toList();
    }

    @Override
    public List<Subscription> ofSellerAndBuyer(SellerId seller, BuyerId buyer) {
        return ofBuyer(buyer).stream().filter(row -> row.sellerId().equals(seller)).toList();
    }

    @Override
    public Optional<String> customerOf(BuyerId buyer, String accountKey) {
        return Optional.ofNullable(customers.get(buyer + "/" + accountKey));
    }

    @Override
    public String addCustomer(BuyerId buyer, String accountKey, String customerId, Instant now) {
        return customers.computeIfAbsent(buyer + "/" + accountKey, key -> customerId);
    }

    public int customerCount() {
        return customers.size();
    }

    @Override
    public Optional<BilledPrice> price(SellerId seller, String stripePriceId) {
        return plans.listOfSeller(seller).stream().flatMap(plan -> plans.pricesOf(plan.id()).stream())
                .filter(price -> price.stripePriceId().equals(stripePriceId)).findFirst()
                .map(price -> new BilledPrice(price.planId(), price.stripePriceId(), Money.of(price.amount(), price.currency()),
                        BillingInterval.parse(price.interval()).orElseThrow()));
    }
}
