package com.marketplace.platform.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of what a seller of a purchase across sellers gives back: of a refund, and of a
 * dispute. Integer minor units in, integer minor units out; plain functions, tested alone.
 */
public final class MoneyShares {

    private MoneyShares() {
    }

    /**
     * What is reversed of a seller's transfer when {@code refund} of their order is refunded: the
     * refund less the fee's share of it, {@code refund - round_half_up(refund * fee / paid)}, where
     * {@code paid} is what the buyer paid for the order. A refund that leaves nothing of the order
     * ({@code full}) reverses all that is left of the transfer, so the seller returns the whole
     * transfer and the platform the whole fee. Never more than {@code transferLeft}, never negative.
     */
    public static long refundReversal(long refund, long fee, long paid, boolean full, long transferLeft) {
        if (transferLeft <= 0 || refund <= 0) {
            return 0;
        }
        if (full) {
            return transferLeft;
        }
        long feeShare = paid <= 0 ? 0 : roundHalfUp(BigDecimal.valueOf(refund).multiply(BigDecimal.valueOf(fee)), paid);
        return Math.max(0, Math.min(transferLeft, refund - feeShare));
    }

    /**
     * The disputed amount split between orders in proportion to what the buyer paid for each, by the
     * largest remainder so the shares add up exactly to {@code disputed} (ties go to the earlier
     * order). {@code paid}: per order, in the purchase's order.
     */
    public static List<Long> proportional(long disputed, List<Long> paid) {
        long total = paid.stream().mapToLong(Long::longValue).sum();
        List<Long> shares = new ArrayList<>();
        if (total <= 0 || disputed <= 0) {
            paid.forEach(ignored -> shares.add(0L));
            return shares;
        }
        long amount = Math.min(disputed, total);
        List<long[]> remainders = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < paid.size(); i++) {
            BigDecimal[] division = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(paid.get(i)))
                    .divideAndRemainder(BigDecimal.valueOf(total));
            long floor = division[0].longValueExact();
            shares.add(floor);
            given += floor;
            remainders.add(new long[] {i, division[1].longValueExact()});
        }
        remainders.sort(Comparator.<long[]>comparingLong(entry -> -entry[1]).thenComparingLong(entry -> entry[0]));
        for (int k = 0; given < amount; k++, given++) {
            int index = (int) remainders.get(k)[0];
            shares.set(index, shares.get(index) + 1);
        }
        return shares;
    }

    /**
     * What one seller owes of a dispute: their proportional share less what was already refunded of
     * their order (a refunded amount is not disputed money the platform loses twice), at most what
     * is left of their transfer, never negative.
     */
    public static long disputedShare(long share, long refundedOfOrder, long transferLeft) {
        return Math.max(0, Math.min(transferLeft, share - refundedOfOrder));
    }

    static long roundHalfUp(BigDecimal numerator, long denominator) {
        return numerator.divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
