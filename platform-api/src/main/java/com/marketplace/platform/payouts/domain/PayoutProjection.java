package com.marketplace.platform.payouts.domain;

import com.marketplace.platform.notifications.domain.NotificationKind;
import java.util.Optional;

/**
 * What a re-fetched payout means for the seller, given what was stored before: the mail it owes.
 * A payout owes "paid" once it is paid and "failed" once it failed; the outbox keeps one message
 * per kind and payout, so re-projecting the same state twice mails nothing more. A payout already
 * known as failed that Stripe still reports failed owes nothing new either way.
 */
public final class PayoutProjection {

    private PayoutProjection() {
    }

    public static Optional<NotificationKind> noticeOwed(Optional<PayoutStatus> before, PayoutStatus now) {
        if (before.isPresent() && before.get() == now) {
            return Optional.empty();
        }
        return switch (now) {
            case PAID -> Optional.of(NotificationKind.PAYOUT_PAID);
            case FAILED -> Optional.of(NotificationKind.PAYOUT_FAILED);
            default -> Optional.empty();
        };
    }
}
