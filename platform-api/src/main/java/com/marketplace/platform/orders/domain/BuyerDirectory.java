package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.ids.BuyerId;
import java.util.Optional;

/**
 * The port through which a checkout learns the signed-in buyer's email; the buyers feature, which
 * holds the accounts, answers it.
 */
public interface BuyerDirectory {

    Optional<OrderBuyer> find(BuyerId buyer);
}
