package com.marketplace.web.pages.admin;

import java.util.List;

/**
 * The overview's money section: the platform's own Stripe balance, what the sellers may cost it,
 * and the payouts that failed, in words.
 *
 * @param balanceUnavailable Stripe could not be asked for the platform's balance just now
 * @param exposure one line per currency: reversals not recovered, open disputes on transferred money
 */
public record AdminMoneyView(List<Line> balance, boolean balanceUnavailable, List<Line> exposure, List<FailedPayout> failedPayouts) {

    public AdminMoneyView {
        balance = List.copyOf(balance);
        exposure = List.copyOf(exposure);
        failedPayouts = List.copyOf(failedPayouts);
    }

    /** Two amounts of one currency: available and pending for the balance; unrecovered and disputed for the exposure. */
    public record Line(String currency, String first, String second) {
    }

    public record FailedPayout(String id, long sellerId, String created, String amount, String reason) {
    }
}
