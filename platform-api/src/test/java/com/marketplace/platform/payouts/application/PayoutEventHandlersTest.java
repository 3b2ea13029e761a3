package com.marketplace.platform.payouts.application;

import static com.marketplace.platform.payouts.application.PayoutWorld.ACCOUNT;
import static com.marketplace.platform.payouts.application.PayoutWorld.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayoutEventHandlersTest {

    private final PayoutWorld world = new PayoutWorld();

    @Test
    void a_failed_payout_is_stored_with_its_reason_and_mails_the_seller_how_to_fix_it() {
        world.stripeHas("po_1", PayoutStatus.FAILED, 100);
        world.deliver("payout.failed", "po_1", ACCOUNT);

        assertEquals("no_account", world.payouts.find("po_1").orElseThrow().stripe().failureCode().orElseThrow());
        Notification mail = world.outbox.of(NotificationKind.PAYOUT_FAILED).get(0);
        assertEquals("seller-7@example.test", mail.recipient());
        assertEquals("payout_po_1", mail.subjectId());
        assertEquals("no_account", mail.data().get("failureCode"));
        assertEquals("https://shop.test/seller", mail.data().get("fixUrl"));
        assertEquals("4200", mail.data().get("amount"));
    }

    @Test
    void a_paid_payout_mails_the_seller_once_however_often_its_events_arrive() {
        world.stripeHas("po_1", PayoutStatus.PAID, 100);
        world.deliver("payout.paid", "po_1", ACCOUNT);
        world.deliver("payout.updated", "po_1", ACCOUNT);
        world.deliver("payout.paid", "po_1", ACCOUNT);

        assertEquals(1, world.outbox.of(NotificationKind.PAYOUT_PAID).size());
    }

    @Test
    void a_created_event_handled_after_the_paid_one_leaves_the_payout_paid() {
        world.stripeHas("po_1", PayoutStatus.PAID, 100);
        world.deliver("payout.paid", "po_1", ACCOUNT);
        world.deliver("payout.created", "po_1", ACCOUNT);

        assertEquals(PayoutStatus.PAID, world.payouts.find("po_1").orElseThrow().status());
    }

    @Test
    void an_older_event_committing_after_a_newer_one_changes_nothing() {
        world.stripeHas("po_1", PayoutStatus.PAID, 100);
        world.handlers.project(PayoutWorld.event("payout.paid", "po_1", ACCOUNT, Instant.ofEpochSecond(2_000)));
        world.stripeHas("po_1", PayoutStatus.IN_TRANSIT, 100);
        world.handlers.project(PayoutWorld.event("payout.created", "po_1", ACCOUNT, Instant.ofEpochSecond(1_000)));

        assertEquals(PayoutStatus.PAID, world.payouts.find("po_1").orElseThrow().status());
    }

    @Test
    void a_payout_on_an_account_no_seller_has_is_ignored() {
        world.stripeHas("po_1", PayoutStatus.FAILED, 100);
        world.deliver("payout.failed", "po_1", "acct_unknown");

        assertTrue(world.payouts.find("po_1").isEmpty());
        assertTrue(world.outbox.all().isEmpty());
    }

    @Test
    void a_failure_shows_the_banner_until_a_later_payout_is_paid() {
        world.stripeHas("po_1", PayoutStatus.FAILED, 100);
        world.deliver("payout.failed", "po_1", ACCOUNT);
        assertEquals("po_1", world.money.failedPayoutBanner(SELLER).orElseThrow().stripe().id());

        world.stripeHas("po_2", PayoutStatus.IN_TRANSIT, 200);
        world.deliver("payout.created", "po_2", ACCOUNT);
        assertTrue(world.money.failedPayoutBanner(SELLER).isPresent());

        world.stripeHas("po_2", PayoutStatus.PAID, 200);
        world.deliver("payout.paid", "po_2", ACCOUNT);
        assertTrue(world.money.failedPayoutBanner(SELLER).isEmpty());
    }
}
