package com.marketplace.onboarding.domain;

import com.marketplace.platform.kernel.ids.SellerId;

/**
 * Whether the marketplace has recorded money moving for a seller (implemented over the tables of
 * orders, plans, subscriptions and payouts): what decides if their account may still be replaced.
 */
public interface AccountUsage {

    /** Any order (paid or not: a checkout may still be open), plan, subscription or payout of the seller. */
    boolean moneyRecorded(SellerId seller);
}
