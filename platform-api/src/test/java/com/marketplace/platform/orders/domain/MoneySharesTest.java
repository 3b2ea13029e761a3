package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneySharesTest {

    @Test
    void a_partial_refund_reverses_the_refund_less_its_share_of_the_fee() {
        // 1000 * 305 / 6000 = 50.83 -> 51
        assertEquals(949, MoneyShares.refundReversal(1_000, 305, 6_000, false, 5_695));
    }

    @Test
    void the_fee_share_is_rounded_half_up() {
        // 100 * 5 / 200 = 2.5 -> 3
        assertEquals(97, MoneyShares.refundReversal(100, 5, 200, false, 195));
    }

    @Test
    void a_full_refund_reverses_all_that_is_left_of_the_transfer() {
        assertEquals(4_051, MoneyShares.refundReversal(2_000, 305, 6_000, true, 4_051));
    }

    @Test
    void a_reversal_never_exceeds_what_is_left_of_the_transfer() {
        assertEquals(300, MoneyShares.refundReversal(1_000, 0, 1_000, false, 300));
    }

    @Test
    void nothing_is_reversed_of_a_transfer_never_made() {
        assertEquals(0, MoneyShares.refundReversal(1_000, 100, 1_000, true, 0));
    }

    @Test
    void a_dispute_is_split_in_proportion_to_what_each_order_paid() {
        assertEquals(List.of(500L, 300L, 200L), MoneyShares.proportional(1_000, List.of(5_000L, 3_000L, 2_000L)));
    }

    @Test
    void the_largest_remainders_get_the_units_left_so_the_shares_add_up_exactly() {
        // 1000 * (3000, 2000, 1000) / 6000 = 500, 333.33, 166.67: the last cent goes to the largest remainder
        assertEquals(List.of(500L, 333L, 167L), MoneyShares.proportional(1_000, List.of(3_000L, 2_000L, 1_000L)));
    }

    @Test
    void equal_remainders_go_to_the_earlier_orders() {
        assertEquals(List.of(34L, 33L, 33L), MoneyShares.proportional(100, List.of(500L, 500L, 500L)));
    }

    @Test
    void a_dispute_never_splits_more_than_was_paid() {
        assertEquals(List.of(10L, 20L), MoneyShares.proportional(1_000, List.of(10L, 20L)));
    }

    @Test
    void a_sellers_disputed_share_is_less_what_was_already_refunded_of_their_order() {
        assertEquals(300, MoneyShares.disputedShare(500, 200, 10_000));
    }

    @Test
    void a_sellers_disputed_share_is_at_most_what_is_left_of_their_transfer() {
        assertEquals(120, MoneyShares.disputedShare(500, 0, 120));
    }

    @Test
    void a_fully_refunded_order_owes_nothing_of_a_dispute() {
        assertEquals(0, MoneyShares.disputedShare(500, 900, 1_000));
    }
}
