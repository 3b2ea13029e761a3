package com.marketplace.platform.payouts.domain;

import java.util.List;

/**
 * What the platform may lose to its sellers, per currency: reversals it could not recover from a
 * seller's balance (UNRECOVERED), and disputes still open on orders whose money went to the seller
 * by a transfer (Destination charges and the transfers of a cart), which the platform pays first.
 */
public record Exposure(List<Balance.Amount> unrecoveredReversals, List<Balance.Amount> openDisputes) {

    public Exposure {
        unrecoveredReversals = List.copyOf(unrecoveredReversals);
        openDisputes = List.copyOf(openDisputes);
    }
}
