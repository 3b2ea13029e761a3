package com.marketplace.platform.payouts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.notifications.domain.NotificationKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayoutProjectionTest {

    @Test
    void a_payout_first_seen_paid_owes_the_paid_mail() {
        assertEquals(Optional.of(NotificationKind.PAYOUT_PAID), PayoutProjection.noticeOwed(Optional.empty(), PayoutStatus.PAID));
    }

    @Test
    void a_payout_in_transit_that_fails_owes_the_failed_mail() {
        assertEquals(Optional.of(NotificationKind.PAYOUT_FAILED),
                PayoutProjection.noticeOwed(Optional.of(PayoutStatus.IN_TRANSIT), PayoutStatus.FAILED));
    }

    @Test
    void a_failure_seen_again_owes_nothing_more() {
        assertEquals(Optional.empty(), PayoutProjection.noticeOwed(Optional.of(PayoutStatus.FAILED), PayoutStatus.FAILED));
    }

    @Test
    void a_payout_still_on_its_way_owes_nothing() {
        assertEquals(Optional.empty(), PayoutProjection.noticeOwed(Optional.of(PayoutStatus.PENDING), PayoutStatus.IN_TRANSIT));
    }

    @Test
    void a_canceled_payout_owes_nothing() {
        assertEquals(Optional.empty(), PayoutProjection.noticeOwed(Optional.of(PayoutStatus.PENDING), PayoutStatus.CANCELED));
    }
}
