package com.marketplace.sandbox.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A subscription's {@code application_fee_percent} applied to an invoice total, rounded to the nearest minor unit. */
public final class ApplicationFees {

    private ApplicationFees() {
    }

    public static long of(long total, Object percent) {
        if (percent == null || total <= 0) {
            return 0;
        }
        return new BigDecimal(percent.toString()).multiply(BigDecimal.valueOf(total))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
