package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerNotFound;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reads sellers. Read-only: no transaction of its own. */
@ApplicationScoped
public class SellerQueries {

    private SellerRepository sellers;

    protected SellerQueries() {
        // for CDI proxies
    }

    @Inject
    public SellerQueries(SellerRepository sellers) {
        this.sellers = sellers;
    }

    public Seller seller(SellerId id) {
        return sellers.find(id).orElseThrow(() -> notFound(id));
    }

    public Page<Seller> sellers(PageRequest page) {
        return sellers.list(page);
    }

    public static SellerNotFound notFound(SellerId id) {
        return new SellerNotFound(id);
    }
}
