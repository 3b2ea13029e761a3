package com.marketplace.benchmarks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    private static final List<String> ACCOUNTS = List.of("acct_1A", "acct_2B");
    private static final List<String> SESSIONS = List.of("cs_test_1", "cs_test_2");

    private final EventStream stream = EventStream.generate("evt_t_", 2_000, 0.10, 0.05, ACCOUNTS, SESSIONS,
            WebhookSecrets.sandboxDefaults(), 1);

    @Test
    void tenPercentOfTheDeliveriesRepeatAnEarlierEvent() {
        assertEquals(2_000, stream.deliveries().size());
        assertEquals(1_800, stream.eventIds().size());
        assertEquals(200, stream.redeliveries());
    }

    @Test
    void aboutFivePercentOfTheEventsArriveAfterNewerOnes() {
        assertTrue(stream.lateDeliveries() > 60 && stream.lateDeliveries() < 120, "late deliveries: " + stream.lateDeliveries());
    }

    @Test
    void theMixGoesToBothEndpointsWithHandledAndUnhandledTypes() {
        Map<String, Long> types = stream.deliveries().stream().collect(Collectors.groupingBy(Delivery::type, Collectors.counting()));
        assertTrue(types.get("account.updated") > 500, types.toString());
        assertTrue(types.get("checkout.session.completed") > 300, types.toString());
        assertTrue(types.keySet().size() >= 5, types.toString());
        Map<String, Long> paths = stream.deliveries().stream().collect(Collectors.groupingBy(Delivery::path, Collectors.counting()));
        assertEquals(2, paths.size(), paths.toString());
    }

    @Test
    void theSameSeedSendsTheSameStream() {
        EventStream again = EventStream.generate("evt_t_", 2_000, 0.10, 0.05, ACCOUNTS, SESSIONS, WebhookSecrets.sandboxDefaults(), 1);
        Function<EventStream, List<String>> order = s -> s.deliveries().stream().map(Delivery::eventId).toList();
        assertEquals(order.apply(stream), order.apply(again));
    }
}
