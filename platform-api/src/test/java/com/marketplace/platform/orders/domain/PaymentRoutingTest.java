package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.sellers.ChargeType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentRoutingTest {

    private static final String SELLER = "acct_seller1";
    private static final String OTHER = "acct_other2";

    private static final PaymentRouting DIRECT = new PaymentRouting(ChargeType.DIRECT, SELLER);
    private static final PaymentRouting DESTINATION = new PaymentRouting(ChargeType.DESTINATION, SELLER);

    @Test
    void aDirectChargeIsRequestedAsTheSellersAccount() {
        assertEquals(Optional.of(SELLER), DIRECT.requestAccount());
    }

    @Test
    void aDestinationChargeIsRequestedAsThePlatform() {
        assertEquals(Optional.empty(), DESTINATION.requestAccount());
    }

    @Test
    void aDirectChargeMatchesOnlyEventsFromTheSellersAccount() {
        assertTrue(DIRECT.matchesEventAccount(Optional.of(SELLER)));
        assertFalse(DIRECT.matchesEventAccount(Optional.empty()));
        assertFalse(DIRECT.matchesEventAccount(Optional.of(OTHER)));
    }

    @Test
    void aDestinationChargeMatchesOnlyPlatformEvents() {
        assertTrue(DESTINATION.matchesEventAccount(Optional.empty()));
        assertFalse(DESTINATION.matchesEventAccount(Optional.of(SELLER)));
        assertFalse(DESTINATION.matchesEventAccount(Optional.of(OTHER)));
    }

    @Test
    void aSellerAccountThatIsNotAConnectedAccountIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PaymentRouting(ChargeType.DIRECT, "cus_123"));
        assertThrows(IllegalArgumentException.class, () -> new PaymentRouting(ChargeType.DESTINATION, ""));
        assertThrows(IllegalArgumentException.class, () -> new PaymentRouting(ChargeType.DIRECT, null));
    }

    @Test
    void aRoutingWithoutAChargeTypeIsRefused() {
        assertThrows(NullPointerException.class, () -> new PaymentRouting(null, SELLER));
    }
}
