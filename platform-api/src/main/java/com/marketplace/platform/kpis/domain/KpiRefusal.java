package com.marketplace.platform.kpis.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** A KPI request the rules refuse: a currency the marketplace does not sell in, or a period it does not report. */
public class KpiRefusal extends Refusal {

    public enum Reason {
        VALIDATION_FAILED
    }

    public KpiRefusal(Reason reason, String message) {
        super(reason, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
