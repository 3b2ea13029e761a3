package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import java.time.LocalDate;

/**
 * One currency's sales on one UTC day, in minor units: the orders paid that day, what buyers were
 * charged for them (gross), the application fees charged on them, and what of them has been
 * refunded so far (counted on the day of the payment, not of the refund).
 */
public record DailySales(LocalDate day, CurrencyCode currency, long paidOrders, long gross, long fees, long refunded) {

    public static DailySales none(LocalDate day, CurrencyCode currency) {
        return new DailySales(day, currency, 0, 0, 0, 0);
    }

    /** This day's figures with {@code more} of the same day and currency added. */
    public DailySales plus(DailySales more) {
        return new DailySales(day, currency, paidOrders + more.paidOrders, Math.addExact(gross, more.gross),
                Math.addExact(fees, more.fees), Math.addExact(refunded, more.refunded));
    }
}
