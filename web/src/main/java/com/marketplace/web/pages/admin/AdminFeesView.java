package com.marketplace.web.pages.admin;

import java.util.List;

/**
 * The fee schedule as the admin manages it: the default per currency, the sellers' own rates, the
 * forms that change them, and the audit history. Rates are already described for people
 * ("2.9 % + €0.30").
 *
 * @param currencies every currency a rate may be set for, lowercase
 * @param historyShown how many changes the history shows at most
 */
public record AdminFeesView(String csrfToken, List<Default> defaults, List<Override> overrides, List<String> currencies,
                            int historyShown, List<Change> history) {

    public AdminFeesView {
        defaults = List.copyOf(defaults);
        overrides = List.copyOf(overrides);
        currencies = List.copyOf(currencies);
        history = List.copyOf(history);
    }

    /** The default rate of one currency. */
    public record Default(String currency, String rate) {
    }

    /** A seller's own rate in one currency. */
    public record Override(long sellerId, String currency, String rate) {
    }

    /**
     * One change of the schedule.
     *
     * @param what what changed, in words ("EUR default", "EUR override of seller 9")
     */
    public record Change(long id, String when, String who, String what, String before, String after) {
    }
}
