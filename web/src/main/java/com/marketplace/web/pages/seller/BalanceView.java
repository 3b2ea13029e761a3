package com.marketplace.web.pages.seller;

import java.util.List;

/**
 * A seller's Stripe balance in words, one line per currency (available now, and still pending).
 *
 * @param unavailable Stripe could not be asked just now: the page says so instead of showing nothing
 */
public record BalanceView(List<Line> lines, boolean unavailable) {

    public BalanceView {
        lines = List.copyOf(lines);
    }

    /** {@code currency} upper case, amounts formatted with their currency ("€12.00"). */
    public record Line(String currency, String available, String pending) {
    }
}
