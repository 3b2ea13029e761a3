package com.marketplace.platform.subscriptions.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;

/**
 * The seller's fee rate for a new subscription, in basis points. Only the percentage applies:
 * Stripe takes a subscription's fee as {@code application_fee_percent}, which has no fixed part.
 */
public interface SubscriptionFees {

    int basisPoints(SellerId seller, CurrencyCode currency);
}
