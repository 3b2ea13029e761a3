package com.marketplace.platform.fakes;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Sellers as a map; the row locks are the database's business (covered by the integration tests). */
public final class InMemorySellerDirectory implements SellerDirectory {

    private final Map<SellerId, SellerStanding> sellers = new HashMap<>();

    /** An onboarded seller, paid on {@code account} with {@code chargeType}. */
    public InMemorySellerDirectory active(SellerId id, ChargeType chargeType, String account) {
        return with(new SellerStanding(id, "Shop " + id.value(), OnboardingStatus.ACTIVE, chargeType, Optional.of(account)));
    }

    public InMemorySellerDirectory with(SellerStanding standing) {
        sellers.put(standing.id(), standing);
        return this;
    }

    @Override
    public Optional<SellerStanding> find(SellerId seller) {
        return Optional.ofNullable(sellers.get(seller));
    }

    @Override
    public Optional<SellerStanding> findForShare(SellerId seller) {
        return find(seller);
    }

    @Override
    public boolean lock(SellerId seller) {
        return sellers.containsKey(seller);
    }

    @Override
    public boolean exists(SellerId seller) {
        return sellers.containsKey(seller);
    }

    @Override
    public Optional<String> contactEmail(SellerId seller) {
        return find(seller).map(standing -> "seller-" + standing.id().value() + "@example.test");
    }

    @Override
    public Set<SellerId> sellersWhoMaySell() {
        return sellers.values().stream().filter(SellerStanding::maySell).map(SellerStanding::id).collect(Collectors.toUnmodifiableSet());
    }
}
