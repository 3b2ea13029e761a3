package com.marketplace.web.pages.seller;

import java.util.List;
import java.util.Optional;

/**
 * A seller's home, in the words the API and the onboarding return page use.
 *
 * @param status the onboarding status's name, for scripts and tests ({@code data-status})
 * @param statusText the same status as a sentence for people
 * @param stillToDo what Stripe still asks of the seller, worded for people
 * @param mayContinueOnboarding whether there is anything left to give Stripe (pending or restricted)
 * @param mayOpenDashboard whether Stripe has a dashboard for this account yet
 * @param pausedBecause why the seller's listings are paused, if they are
 * @param dueBy when what Stripe asks for is due, while something is
 * @param balance the Stripe balance per currency; empty before the seller has a Stripe account
 */
public record DashboardView(String csrfToken, String shopName, String status, String statusText, Optional<String> disabledReason,
                            List<String> stillToDo, boolean mayContinueOnboarding, boolean mayOpenDashboard,
                            Optional<String> pausedBecause, Optional<String> dueBy, Optional<BalanceView> balance) {

    public DashboardView {
        stillToDo = List.copyOf(stillToDo);
    }

    /** A seller neither paused nor with a deadline, without a balance (no Stripe account yet). */
    public DashboardView(String csrfToken, String shopName, String status, String statusText, Optional<String> disabledReason,
                         List<String> stillToDo, boolean mayContinueOnboarding, boolean mayOpenDashboard) {
        this(csrfToken, shopName, status, statusText, disabledReason, stillToDo, mayContinueOnboarding, mayOpenDashboard,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
