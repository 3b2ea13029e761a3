package com.marketplace.platform.alerts.domain;

import java.time.Duration;

/**
 * Where each rule starts to hold (configuration, docs/alerts.md).
 *
 * @param successRateFloor a currency's payment success rate under this alerts...
 * @param successMinAttempts ...when at least this many payments ended (paid or failed) in the window
 * @param successWindow how far back payments count for the success rate
 * @param disputeRateCeiling the share of the last 30 days' paid orders disputed above which it alerts
 * @param disputeMinPaidOrders the fewest paid orders in 30 days for the dispute rate to count
 * @param webhookLagLimit how long the oldest waiting webhook event may wait
 * @param refundSpikeMultiple refunds in the last hour above this multiple of the usual hour alert...
 * @param refundSpikeMinimum ...when they are at least this many
 */
public record AlertThresholds(double successRateFloor, int successMinAttempts, Duration successWindow, double disputeRateCeiling,
                              int disputeMinPaidOrders, Duration webhookLagLimit, double refundSpikeMultiple, int refundSpikeMinimum) {
}
