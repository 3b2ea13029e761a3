package com.marketplace.platform.orders.transfers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One pass over the transfer outbox: every due transfer is sent (one another instance holds is skipped). */
@ApplicationScoped
public class TransferOutboxWorker {

    static final int BATCH = 50;

    private TransferSteps steps;
    private TransferExecutor executor;

    protected TransferOutboxWorker() {
        // for CDI proxies
    }

    @Inject
    public TransferOutboxWorker(TransferSteps steps, TransferExecutor executor) {
        this.steps = steps;
        this.executor = executor;
    }

    /** Answers how many transfers this pass made. */
    public int drain() {
        int made = 0;
        for (Long transferId : steps.due(BATCH)) {
            if (executor.execute(transferId)) {
                made++;
            }
        }
        return made;
    }
}
