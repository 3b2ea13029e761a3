package com.marketplace.platform.payouts.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Optional;

/** Whose connected account an event came from. */
public interface SellerAccounts {

    Optional<SellerId> sellerOf(String stripeAccountId);
}
