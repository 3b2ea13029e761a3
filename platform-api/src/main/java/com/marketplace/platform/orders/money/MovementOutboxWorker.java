package com.marketplace.platform.orders.money;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One pass over the outbox of movements: every due movement is sent (one another instance holds is skipped). */
@ApplicationScoped
public class MovementOutboxWorker {

    static final int BATCH = 50;

    private MoneySteps steps;
    private MovementExecutor executor;

    protected MovementOutboxWorker() {
        // for CDI proxies
    }

    @Inject
    public MovementOutboxWorker(MoneySteps steps, MovementExecutor executor) {
        this.steps = steps;
        this.executor = executor;
    }

    /** Answers how many movements this pass settled. */
    public int drain() {
        int settled = 0;
        for (Long id : steps.due(BATCH)) {
            if (executor.execute(id)) {
                settled++;
            }
        }
        return settled;
    }
}
