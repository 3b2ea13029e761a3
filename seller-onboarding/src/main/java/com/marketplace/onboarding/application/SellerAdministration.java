package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** What only an admin may change about a seller. */
@ApplicationScoped
public class SellerAdministration {

    private SellerRepository sellers;
    private Clock clock;

    protected SellerAdministration() {
        // for CDI proxies
    }

    @Inject
    public SellerAdministration(SellerRepository sellers) {
        this.sellers = sellers;
        this.clock = Clock.systemUTC();
    }

    /**
     * Changes how the seller's future sales are charged (orders already created keep theirs). The
     * capability the status rule checks depends on the charge type, so the caller re-syncs the
     * account afterwards.
     */
    @Transactional
    public Seller changeChargeType(SellerId id, ChargeType chargeType) {
        Seller seller = sellers.find(id).orElseThrow(() -> SellerQueries.notFound(id));
        seller.changeChargeType(chargeType, Instant.now(clock));
        return seller;
    }
}
