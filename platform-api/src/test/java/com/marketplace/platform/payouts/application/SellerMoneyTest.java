package com.marketplace.platform.payouts.application;

import static com.marketplace.platform.payouts.application.PayoutWorld.ACCOUNT;
import static com.marketplace.platform.payouts.application.PayoutWorld.OTHER_SELLER;
import static com.marketplace.platform.payouts.application.PayoutWorld.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.payouts.domain.Balance;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.platform.payouts.domain.PayoutRefusal;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.sellers.SellerStanding;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SellerMoneyTest {

    private final PayoutWorld world = new PayoutWorld();

    @Test
    void a_seller_sees_their_balance_per_currency_read_from_their_account() {
        world.stripe.balances.put(ACCOUNT, new Balance(List.of(new Balance.Amount(900, "eur")), List.of(new Balance.Amount(1_100, "eur"))));

        Balance balance = world.money.balance(SELLER, Caller.seller(SELLER));

        assertEquals(900, balance.available().get(0).amount());
        assertEquals(1_100, balance.pending().get(0).amount());
    }

    @Test
    void a_balance_asked_twice_in_a_row_is_read_from_stripe_once() {
        world.money.balance(SELLER, Caller.seller(SELLER));
        world.money.balance(SELLER, Caller.admin());

        assertEquals(1, world.stripe.balanceReads);
    }

    @Test
    void a_seller_cannot_see_another_sellers_balance() {
        PayoutRefusal refusal = assertThrows(PayoutRefusal.class, () -> world.money.balance(OTHER_SELLER, Caller.seller(SELLER)));

        assertEquals(PayoutRefusal.Reason.SELLER_NOT_FOUND, refusal.reason());
    }

    @Test
    void a_seller_without_a_stripe_account_has_no_balance_to_show() {
        SellerId newcomer = new SellerId(9);
        world.sellers.with(new SellerStanding(newcomer, "New", OnboardingStatus.PENDING, ChargeType.DIRECT, Optional.empty()));

        PayoutRefusal refusal = assertThrows(PayoutRefusal.class, () -> world.money.balance(newcomer, Caller.seller(newcomer)));

        assertEquals(PayoutRefusal.Reason.STRIPE_ACCOUNT_MISSING, refusal.reason());
    }

    @Test
    void a_sellers_payouts_come_newest_first_and_only_theirs() {
        world.stripeHas("po_old", PayoutStatus.PAID, 100);
        world.deliver("payout.paid", "po_old", ACCOUNT);
        world.stripeHas("po_new", PayoutStatus.PENDING, 200);
        world.deliver("payout.created", "po_new", ACCOUNT);
        world.stripeHas("po_theirs", PayoutStatus.PAID, 300);
        world.deliver("payout.paid", "po_theirs", "acct_eight");

        assertEquals(List.of("po_new", "po_old"),
                world.money.payouts(SELLER, Caller.seller(SELLER), 20, 0).stream().map(payout -> payout.stripe().id()).toList());
    }

    @Test
    void the_admin_lists_every_sellers_failed_payouts() {
        world.stripeHas("po_1", PayoutStatus.FAILED, 100);
        world.deliver("payout.failed", "po_1", ACCOUNT);
        world.stripeHas("po_2", PayoutStatus.FAILED, 200);
        world.deliver("payout.failed", "po_2", "acct_eight");
        world.stripeHas("po_3", PayoutStatus.PAID, 300);
        world.deliver("payout.paid", "po_3", ACCOUNT);

        List<Payout> failed = world.money.payoutsWithStatus(PayoutStatus.FAILED, Caller.admin(), 50, 0);

        assertEquals(List.of("po_2", "po_1"), failed.stream().map(payout -> payout.stripe().id()).toList());
    }

    @Test
    void only_the_admin_lists_every_sellers_payouts() {
        assertThrows(PayoutRefusal.class, () -> world.money.payoutsWithStatus(PayoutStatus.FAILED, Caller.seller(SELLER), 50, 0));
    }

    @Test
    void a_limit_over_the_maximum_is_refused() {
        PayoutRefusal refusal = assertThrows(PayoutRefusal.class, () -> world.money.payouts(SELLER, Caller.seller(SELLER), 101, 0));

        assertEquals(PayoutRefusal.Reason.VALIDATION_FAILED, refusal.reason());
    }
}
