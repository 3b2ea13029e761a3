package com.marketplace.platform.kpis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.kernel.money.CurrencyCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KpiPeriodTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:10:00Z");

    @Test
    void aPeriodIsTheRollingWindowOfItsDaysUpToNow() {
        KpiPeriod day = KpiPeriod.ending(CurrencyCode.of("eur"), 1, NOW);

        assertEquals(Instant.parse("2026-11-30T00:10:00Z"), day.from());
        assertEquals(NOW, day.until());
    }

    @Test
    void onlyOneSevenAndThirtyDaysArePeriods() {
        assertThrows(IllegalArgumentException.class, () -> KpiPeriod.ending(CurrencyCode.of("eur"), 14, NOW));
        assertThrows(IllegalArgumentException.class, () -> KpiPeriod.ending(CurrencyCode.of("eur"), 0, NOW));
    }
}
