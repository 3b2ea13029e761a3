package com.marketplace.platform.subscriptions.infrastructure;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.plans.domain.PlanPrice;
import com.marketplace.platform.subscriptions.domain.BilledPrice;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.platform.subscriptions.domain.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSubscriptionRepository implements SubscriptionRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Subscription add(Subscription subscription) {
        entityManager.persist(subscription);
        entityManager.flush();
        return subscription;
    }

    @Override
    public Optional<Subscription> find(SubscriptionId id) {
        return Optional.ofNullable(entityManager.find(Subscription.class, id.value()));
    }

    @Override
    public Optional<Subscription> lock(SubscriptionId id) {
        Subscription found = entityManager.find(Subscription.class, id.value());
        if (found == null) {
            return Optional.empty();
        }
        // Re-read under the lock: an event handler may have loaded the row earlier in this transaction
        // (to find it), and another worker may have committed a move since. find() with a lock on an
        // entity already loaded locks the row but keeps the earlier state, whose version then fails the update.
        entityManager.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(found);
    }

    @Override
    public Optional<Subscription> findBySession(String checkoutSessionId) {
        return entityManager.createQuery("SELECT s FROM Subscription s WHERE s.checkoutSessionId = :session", Subscription.class)
                .setParameter("session", checkoutSessionId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Subscription> findByStripeId(String stripeSubscriptionId) {
        return entityManager.createQuery("SELECT s FROM Subscription s WHERE s.stripeSubscriptionId = :stripe", Subscription.class)
                .setParameter("stripe", stripeSubscriptionId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Subscription> ofBuyer(BuyerId buyer) {
        return entityManager.createQuery("SELECT s FROM Subscription s WHERE s.buyerId = :buyer ORDER BY s.id DESC", Subscription.class)
                .setParameter("buyer", buyer.value())
                .getResultList();
    }

    @Override
    public List<Subscription> ofSellerAndBuyer(SellerId seller, BuyerId buyer) {
        return entityManager.createQuery("SELECT s FROM Subscription s WHERE s.sellerId = :seller AND s.buyerId = :buyer ORDER BY s.id DESC",
                        Subscription.class)
                .setParameter("seller", seller.value())
                .setParameter("buyer", buyer.value())
                .getResultList();
    }

    @Override
    public Optional<String> customerOf(BuyerId buyer, String accountKey) {
        return entityManager.createNativeQuery(
                        "SELECT stripe_customer_id FROM buyer_customers WHERE buyer_id = ? AND stripe_account_id = ?")
                .setParameter(1, buyer.value())
                .setParameter(2, accountKey)
                .getResultStream().findFirst().map(Object::toString);
    }

    // INSERT IGNORE: the unique key (buyer, account) settles two first checkouts racing; the loser reads the winner's.
    @Override
    public String addCustomer(BuyerId buyer, String accountKey, String customerId, Instant now) {
        entityManager.createNativeQuery("INSERT IGNORE INTO buyer_customers (buyer_id, stripe_account_id, stripe_customer_id, created_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, buyer.value())
                .setParameter(2, accountKey)
                .setParameter(3, customerId)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        return customerOf(buyer, accountKey).orElseThrow();
    }

    @Override
    public Optional<BilledPrice> price(SellerId seller, String stripePriceId) {
        return entityManager.createQuery("SELECT pp FROM PlanPrice pp, Plan p WHERE pp.planId = p.id AND p.sellerId = :seller"
                        + " AND pp.stripePriceId = :price", PlanPrice.class)
                .setParameter("seller", seller.value())
                .setParameter("price", stripePriceId)
                .getResultStream().findFirst()
                .map(price -> new BilledPrice(price.planId(), price.stripePriceId(), Money.of(price.amount(), price.currency()),
                        BillingInterval.parse(price.interval()).orElseThrow()));
    }

}
