package com.marketplace.platform.fees.infrastructure;

import com.marketplace.platform.fees.domain.DefaultFee;
import com.marketplace.platform.fees.domain.FeeChange;
import com.marketplace.platform.fees.domain.FeeRepository;
import com.marketplace.platform.fees.domain.SellerFeeOverride;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFeeRepository implements FeeRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public List<DefaultFee> defaults() {
        return entityManager.createQuery("SELECT f FROM DefaultFee f ORDER BY f.currency", DefaultFee.class).getResultList();
    }

    @Override
    public List<SellerFeeOverride> overrides() {
        return entityManager.createQuery("SELECT o FROM SellerFeeOverride o ORDER BY o.sellerId, o.currency", SellerFeeOverride.class)
                .getResultList();
    }

    @Override
    public Optional<DefaultFee> findDefault(CurrencyCode currency) {
        return Optional.ofNullable(entityManager.find(DefaultFee.class, currency.value()));
    }

    @Override
    public Optional<SellerFeeOverride> findOverride(SellerId seller, CurrencyCode currency) {
        return Optional.ofNullable(entityManager.find(SellerFeeOverride.class, new SellerFeeOverride.Key(seller, currency)));
    }

    @Override
    public Optional<DefaultFee> lockDefault(CurrencyCode currency) {
        return Optional.ofNullable(entityManager.find(DefaultFee.class, currency.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<SellerFeeOverride> lockOverride(SellerId seller, CurrencyCode currency) {
        return Optional.ofNullable(entityManager.find(SellerFeeOverride.class, new SellerFeeOverride.Key(seller, currency),
                LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Only reached for a currency the migration did not seed. Two admins setting its first default
     * at once both find no row to lock; the second insert fails on the key and is reported as the
     * concurrent change it is (409), not as a server error.
     */
    @Override
    public DefaultFee add(DefaultFee fee) {
        try {
            entityManager.persist(fee);
            entityManager.flush();
            return fee;
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new OptimisticLockException("The default for " + fee.currency() + " was created concurrently", e);
            }
            throw e;
        }
    }

    @Override
    public SellerFeeOverride add(SellerFeeOverride override) {
        entityManager.persist(override);
        return override;
    }

    @Override
    public void remove(SellerFeeOverride override) {
        entityManager.remove(override);
    }

    @Override
    public void record(FeeChange change) {
        entityManager.persist(change);
    }

    @Override
    public List<FeeChange> recentChanges(int limit) {
        return entityManager.createQuery("SELECT c FROM FeeChange c ORDER BY c.id DESC", FeeChange.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private static boolean isDuplicateKey(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
