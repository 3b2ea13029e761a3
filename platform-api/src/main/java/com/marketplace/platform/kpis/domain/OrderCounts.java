package com.marketplace.platform.kpis.domain;

/**
 * What the database counts and sums for one {@link KpiPeriod}, before any arithmetic. Amounts are in
 * minor units of the period's currency.
 *
 * @param paidOrders       orders paid in the window whose money was taken (refunded and disputed ones included)
 * @param grossVolume      what buyers were charged for them
 * @param fees             the application fees charged on them
 * @param refundedOrders   of them, the orders with any amount refunded since
 * @param refundedAmount   what was refunded of them
 * @param failedPayments   orders whose payment failed in the window
 * @param sessionsCreated  checkouts started in the window (a Checkout Session was created)
 * @param sessionsPaid     of them, the ones paid (whatever happened after)
 * @param sessionsAbandoned of them, the ones whose session expired unpaid
 * @param disputesOpened   disputes the platform saw open in the window
 * @param disputesOpen     disputes of the currency open now, whenever they opened
 */
public record OrderCounts(long paidOrders, long grossVolume, long fees, long refundedOrders, long refundedAmount, long failedPayments,
                          long sessionsCreated, long sessionsPaid, long sessionsAbandoned, long disputesOpened, long disputesOpen) {

    public static OrderCounts none() {
        return new OrderCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
