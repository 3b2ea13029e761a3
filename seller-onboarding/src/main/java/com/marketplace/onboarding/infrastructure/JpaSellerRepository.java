package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.paging.ListOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSellerRepository implements SellerRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Optional<Seller> find(SellerId id) {
        return Optional.ofNullable(entityManager.find(Seller.class, id.value()));
    }

    /** Read again with the lock, for the reason {@link #lockByAccount} gives. */
    @Override
    public Optional<Seller> lock(SellerId id) {
        Optional<Seller> seller = find(id);
        seller.ifPresent(found -> entityManager.refresh(found, LockModeType.PESSIMISTIC_WRITE));
        return seller;
    }

    @Override
    public Optional<Seller> findByEmail(String normalizedEmail) {
        return entityManager.createQuery("SELECT s FROM Seller s WHERE s.email = :email", Seller.class)
                .setParameter("email", normalizedEmail)
                .getResultStream().findFirst();
    }

    /**
     * Finds the seller, then reads its row again with the lock. Not one locking query: a seller
     * this transaction loaded before stays in the persistence context as it was then, and a query
     * returns that instance, not the row it waited for; writing it back would fail on its version
     * (seen as a 500 on the onboarding return page while the webhook worker updated the seller).
     * The re-read must itself lock: a plain read sees the transaction's first snapshot.
     */
    @Override
    public Optional<Seller> lockByAccount(StripeAccountId account) {
        Optional<Seller> seller = entityManager.createQuery("SELECT s FROM Seller s WHERE s.stripeAccountId = :account", Seller.class)
                .setParameter("account", account.value())
                .getResultStream().findFirst();
        seller.ifPresent(found -> entityManager.refresh(found, LockModeType.PESSIMISTIC_WRITE));
        return seller;
    }

    @Override
    public Seller add(Seller seller) {
        try {
            entityManager.persist(seller);
            entityManager.flush();
            return seller;
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new EmailTaken(seller.email());
            }
            throw e;
        }
    }

    @Override
    public boolean attachAccount(SellerId seller, StripeAccountId account) {
        int updated = entityManager.createQuery("UPDATE Seller s SET s.stripeAccountId = :account, s.version = s.version + 1"
                        + " WHERE s.id = :id AND s.stripeAccountId IS NULL")
                .setParameter("account", account.value())
                .setParameter("id", seller.value())
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public Page<Seller> list(PageRequest page) {
        var query = entityManager.createQuery("SELECT s FROM Seller s WHERE 1 = 1" + page.seekCondition("s.id", ListOrder.OLDEST_FIRST)
                        + page.orderBy("s.id", ListOrder.OLDEST_FIRST), Seller.class)
                .setFirstResult(page.offset()).setMaxResults(page.fetchSize());
        page.cursor().ifPresent(cursor -> query.setParameter("cursor", cursor));
        return page.page(query.getResultList());
    }

    // The email is the only unique column a new seller can collide on (the account id is still null).
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || (cause instanceof java.sql.SQLException sql && "23000".equals(sql.getSQLState()))
                    || (cause instanceof java.sql.SQLException h2 && "23505".equals(h2.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
