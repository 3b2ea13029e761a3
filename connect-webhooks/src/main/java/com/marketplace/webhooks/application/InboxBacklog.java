package com.marketplace.webhooks.application;

import com.marketplace.platform.kpis.domain.WebhookBacklog;
import com.marketplace.webhooks.domain.InboxOverview;
import com.marketplace.webhooks.domain.InboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The inbox's lag and dead events for the admins' KPIs, from the same overview the webhooks page shows. */
@ApplicationScoped
public class InboxBacklog implements WebhookBacklog {

    private InboxAdministration administration;

    protected InboxBacklog() {
        // for CDI proxies
    }

    @Inject
    public InboxBacklog(InboxAdministration administration) {
        this.administration = administration;
    }

    @Override
    public Backlog now() {
        InboxOverview overview = administration.overview();
        // A clock step back can make a just-received event look younger than now: no lag, not a negative one.
        long lag = overview.oldestWaiting().map(Duration::toSeconds).map(seconds -> Math.max(0, seconds)).orElse(0L);
        return new Backlog(lag, overview.counts().get(InboxStatus.DEAD));
    }
}
