package com.marketplace.platform.orders.domain;

import java.util.List;

/** Every order one payment paid: one for a seller's own purchase, one per seller for a purchase across sellers. */
public interface ChargeOrders {

    /** The orders storing this payment intent, in the purchase's order (by id). */
    List<Order> ofPaymentIntent(String paymentIntentId);
}
