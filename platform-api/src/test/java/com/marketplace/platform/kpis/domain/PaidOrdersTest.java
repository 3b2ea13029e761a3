package com.marketplace.platform.kpis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaidOrdersTest {

    @Test
    void theMoneyFiguresAreTheSumsOverEveryDuration() {
        PaidOrders paid = new PaidOrders()
                .add(30, 2, 5_000, 150, 1, 700)
                .add(90, 1, 1_200, 36, 0, 0);

        assertEquals(new OrderCounts(3, 6_200, 186, 1, 700, 4, 7, 3, 1, 2, 1), paid.counts(4, 7, 3, 1, 2, 1));
    }

    @Test
    void theTimeToPayIsReadFromTheDurationsCounts() {
        PaidOrders paid = new PaidOrders().add(30, 2, 5_000, 150, 0, 0).add(90, 1, 1_200, 36, 0, 0);

        assertEquals(new Distribution(List.of(new Distribution.Bucket(30, 2), new Distribution.Bucket(90, 1))), paid.secondsToPay());
        assertEquals(30, paid.secondsToPay().percentile(50).getAsLong());
    }

    @Test
    void aNegativeDurationCountsAsNoneWithTheZeroes() {
        PaidOrders paid = new PaidOrders().add(-2, 1, 100, 3, 0, 0).add(0, 2, 200, 6, 0, 0);

        assertEquals(new Distribution(List.of(new Distribution.Bucket(0, 3))), paid.secondsToPay());
    }

    @Test
    void noPaidOrdersAreZeroesAndAnEmptyDistribution() {
        PaidOrders paid = new PaidOrders();

        assertEquals(OrderCounts.none(), paid.counts(0, 0, 0, 0, 0, 0));
        assertEquals(Distribution.empty(), paid.secondsToPay());
    }
}
