package com.marketplace.platform.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderBuyer;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutSessionsTest {

    private final Order order = CheckoutDoubles.halfPriceOrder();
    private final StripeDouble stripe = new StripeDouble();
    private final CheckoutDoubles.Transitions transitions = new CheckoutDoubles.Transitions(order);
    private final CheckoutSessions sessions = new CheckoutSessions(stripe, transitions, new CheckoutDoubles.Settings());

    @Test
    void theSessionIsAskedWithTheOrdersDiscountAndFeeAndAttached() {
        sessions.createFor(order);

        assertEquals(order.pricing(), stripe.created.get(0).pricing());
        assertEquals(List.of("7 cs_test_double"), transitions.attached);
        assertTrue(stripe.expired.isEmpty());
    }

    @Test
    void aSignedInBuyersSessionIsMadeForTheirEmailAndAGuestsForNone() {
        Order theirs = CheckoutDoubles.halfPriceOrderOf(Optional.of(new OrderBuyer(new BuyerId(4), "ada@example.com")));
        CheckoutDoubles.Transitions theirTransitions = new CheckoutDoubles.Transitions(theirs);

        new CheckoutSessions(stripe, theirTransitions, new CheckoutDoubles.Settings()).createFor(theirs);
        sessions.createFor(order);

        assertEquals(Optional.of("ada@example.com"), stripe.created.get(0).customerEmail());
        assertEquals(Optional.empty(), stripe.created.get(1).customerEmail());
    }

    @Test
    void aSessionAskingAnotherTotalThanTheOrderExpectsIsExpiredAtStripeAndRefused() {
        stripe.answerTotal(2_001);

        GatewayFailure refused = assertThrows(GatewayFailure.class, () -> sessions.createFor(order));

        assertFalse(refused.isTransient(), "a refusal: the caller closes the order instead of waiting for Stripe");
        assertEquals(List.of("cs_test_double with key expire-" + order.requestKey()), stripe.expired,
                "nobody can pay a session whose total the fee was not computed on");
    }
}
