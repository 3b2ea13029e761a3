package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform's view of sellers, answered from onboarding's own {@code sellers} table: the only
 * mapping of that table. The rest of the platform sees standings, never the {@link Seller} entity.
 */
@ApplicationScoped
public class JpaSellerDirectory implements SellerDirectory {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Optional<SellerStanding> find(SellerId seller) {
        return Optional.ofNullable(entityManager.find(Seller.class, seller.value())).map(JpaSellerDirectory::standingOf);
    }

    @Override
    public Optional<SellerStanding> findForShare(SellerId seller) {
        return Optional.ofNullable(entityManager.find(Seller.class, seller.value(), LockModeType.PESSIMISTIC_READ))
                .map(JpaSellerDirectory::standingOf);
    }

    @Override
    public boolean lock(SellerId seller) {
        return entityManager.find(Seller.class, seller.value(), LockModeType.PESSIMISTIC_WRITE) != null;
    }

    @Override
    public boolean exists(SellerId seller) {
        return entityManager.find(Seller.class, seller.value()) != null;
    }

    @Override
    public Optional<String> contactEmail(SellerId seller) {
        return Optional.ofNullable(entityManager.find(Seller.class, seller.value())).map(Seller::email);
    }

    @Override
    public Set<SellerId> sellersWhoMaySell() {
        return entityManager.createQuery("SELECT s.id FROM Seller s WHERE s.status = :active AND s.stripeAccountId IS NOT NULL", Long.class)
                .setParameter("active", OnboardingStatus.ACTIVE)
                .getResultStream()
                .map(SellerId::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static SellerStanding standingOf(Seller seller) {
        return new SellerStanding(seller.id(), seller.displayName(), seller.status(), seller.chargeType(),
                seller.stripeAccountId().map(StripeAccountId::value), seller.pauseReason());
    }
}
