package com.marketplace.platform.orders.refunds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One pass over the refund outbox: every due refund is run (a refund another instance holds is skipped). */
@ApplicationScoped
public class RefundOutboxWorker {

    static final int BATCH = 50;

    private RefundSteps steps;
    private RefundExecutor executor;

    protected RefundOutboxWorker() {
        // for CDI proxies
    }

    @Inject
    public RefundOutboxWorker(RefundSteps steps, RefundExecutor executor) {
        this.steps = steps;
        this.executor = executor;
    }

    /** Answers how many refunds this pass ran. */
    public int drain() {
        int ran = 0;
        for (Long refundId : steps.due(BATCH)) {
            if (executor.execute(refundId)) {
                ran++;
            }
        }
        return ran;
    }
}
