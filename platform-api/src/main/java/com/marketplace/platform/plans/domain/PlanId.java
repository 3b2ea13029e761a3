package com.marketplace.platform.plans.domain;

public record PlanId(long value) {

    public PlanId {
        if (value <= 0) {
            throw new IllegalArgumentException("A plan id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
