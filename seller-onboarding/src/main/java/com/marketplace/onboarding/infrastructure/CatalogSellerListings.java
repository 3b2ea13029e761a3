package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.domain.SellerListings;
import com.marketplace.platform.catalog.application.ProductCatalog;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@link SellerListings} over the catalog feature of platform-api. */
@ApplicationScoped
public class CatalogSellerListings implements SellerListings {

    @Inject
    ProductCatalog catalog;

    @Override
    public int withdrawAllOf(SellerId seller) {
        return catalog.withdrawAllOf(seller);
    }
}
