package com.marketplace.platform.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.buyers.domain.BuyerRefusal;
import com.marketplace.platform.cart.domain.CartRefusal;
import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.platform.fees.domain.FeeRefusal;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.error.Refusal;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kpis.domain.KpiRefusal;
import com.marketplace.platform.notifications.domain.NotificationRefusal;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.plans.domain.PlanRefusal;
import com.marketplace.platform.subscriptions.domain.SubscriptionRefusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every reason a feature refuses with is published as an error code, so the interfaces can always answer it. */
class RefusalCodesTest {

    @Test
    void everyReasonOfEveryRefusalIsAPublishedErrorCode() {
        List<String> unpublished = new ArrayList<>();
        for (Class<? extends Enum<?>> reasons : List.of(OrderRefusal.Reason.class, CatalogRefusal.Reason.class, FeeRefusal.Reason.class,
                KpiRefusal.Reason.class, NotificationRefusal.Reason.class, BuyerRefusal.Reason.class,
                PlanRefusal.Reason.class, SubscriptionRefusal.Reason.class, CartRefusal.Reason.class)) {
            Arrays.stream(reasons.getEnumConstants()).map(Enum::name)
                    .filter(name -> Arrays.stream(ErrorCode.values()).noneMatch(code -> code.name().equals(name)))
                    .forEach(name -> unpublished.add(reasons.getEnclosingClass().getSimpleName() + "." + name));
        }
        assertTrue(unpublished.isEmpty(), "reasons without an error code: " + unpublished);
    }

    @Test
    void aRefusalIsAnsweredWithItsReasonsCodeAndStatus() {
        Refusal refused = new OrderRefusal(OrderRefusal.Reason.REFUND_EXCEEDS_REMAINING, "At most 100");

        assertEquals(ErrorCode.REFUND_EXCEEDS_REMAINING, RefusalMapper.errorCodeOf(refused));
        assertEquals("refund_exceeds_remaining", refused.code());
        assertEquals(409, RefusalMapper.errorCodeOf(refused).status().getStatusCode());
    }
}
