package com.marketplace.platform.subscriptions.infrastructure;

import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.subscriptions.domain.SubscriptionFees;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The fee schedule's rate for the seller and currency (override, default or fallback), its percentage only. */
@ApplicationScoped
public class ScheduledSubscriptionFees implements SubscriptionFees {

    private FeeSchedule schedule;

    protected ScheduledSubscriptionFees() {
        // for CDI proxies
    }

    @Inject
    public ScheduledSubscriptionFees(FeeSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public int basisPoints(SellerId seller, CurrencyCode currency) {
        return schedule.rateFor(seller, currency).basisPoints();
    }
}
