package com.marketplace.web.pages.support;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.Plan;

/** A plan's terms written for people, the same on the seller's page and the shop's. */
public final class PlanText {

    private PlanText() {
    }

    /** "€20.00 / month": the price per billing interval. */
    public static String price(Plan plan) {
        Money amount = plan.pricing().amount();
        return MoneyText.format(amount.minorUnits(), amount.currency().value()) + " / " + plan.interval().value();
    }

    /** "14 days free", or "" without a trial. */
    public static String trial(int trialDays) {
        return trialDays == 0 ? "" : trialDays == 1 ? "1 day free" : trialDays + " days free";
    }
}
