package com.marketplace.platform.payouts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.ids.SellerId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayoutBannerTest {

    private static Payout payout(PayoutStatus status) {
        return new Payout(new SellerId(1), new StripePayout("po_1", 500, "eur", status, Optional.empty(),
                status == PayoutStatus.FAILED ? Optional.of("no_account") : Optional.empty(), Optional.empty(), Instant.EPOCH));
    }

    @Test
    void the_latest_settled_payout_failed_shows_the_banner() {
        assertEquals("po_1", PayoutBanner.of(Optional.of(payout(PayoutStatus.FAILED))).orElseThrow().stripe().id());
    }

    @Test
    void the_latest_settled_payout_paid_shows_no_banner() {
        assertTrue(PayoutBanner.of(Optional.of(payout(PayoutStatus.PAID))).isEmpty());
    }

    @Test
    void no_settled_payout_shows_no_banner() {
        assertTrue(PayoutBanner.of(Optional.empty()).isEmpty());
    }
}
