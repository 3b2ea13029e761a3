package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import java.time.Instant;

/** One order whose money was taken, as the sales report needs it: when, in which currency, how much, the fee, and what went back. */
public record PaidSale(Instant paidAt, CurrencyCode currency, long total, long fee, long refunded) {
}
