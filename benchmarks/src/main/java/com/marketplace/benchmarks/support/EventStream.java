package com.marketplace.benchmarks.support;

import com.marketplace.testsupport.SignedEvents;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A day's worth of Stripe traffic in a few seconds: signed events of mixed types about real
 * objects (connected accounts and Checkout Sessions the run created), over both endpoints, with a
 * share delivered twice and a share delivered late (after events created later than them), as
 * Stripe does. Deterministic for a given seed, so two runs send the same stream.
 *
 * <p>The mix: 35% {@code account.updated} (Connect endpoint, re-fetched and projected by
 * onboarding), 25% {@code checkout.session.completed} (platform endpoint, confirmed by the order
 * service), 40% types the platform has no handler for (stored, then marked ignored).
 */
public final class EventStream {

    private static final String[][] UNHANDLED = {
            {"payment_intent.created", "payment_intent"}, {"charge.succeeded", "charge"}, {"customer.created", "customer"},
            {"balance.available", "balance"}};

    private final List<Delivery> deliveries;
    private final Set<String> eventIds;
    private final int redeliveries;
    private final int lateDeliveries;

    private EventStream(List<Delivery> deliveries, Set<String> eventIds, int redeliveries, int lateDeliveries) {
        this.deliveries = deliveries;
        this.eventIds = eventIds;
        this.redeliveries = redeliveries;
        this.lateDeliveries = lateDeliveries;
    }

    /**
     * {@code total} deliveries of which {@code duplicateShare} repeat an earlier event and
     * {@code lateShare} of the events arrive after newer ones; ids start with {@code idPrefix}.
     */
    public static EventStream generate(String idPrefix, int total, double duplicateShare, double lateShare, List<String> accounts,
                                       List<String> sessionIds, WebhookSecrets secrets, long seed) {
        Random random = new Random(seed);
        int unique = (int) Math.round(total * (1 - duplicateShare));
        long firstCreated = Instant.now().getEpochSecond() - unique;
        List<Keyed> keyed = new ArrayList<>();
        List<Delivery> events = new ArrayList<>();
        for (int i = 0; i < unique; i++) {
            Delivery event = event(idPrefix + i, i, firstCreated + i, accounts, sessionIds, secrets);
            events.add(event);
            boolean late = random.nextDouble() < lateShare;
            keyed.add(new Keyed(late ? i + 50 + random.nextInt(2000) + 0.5 : i, event));
        }
        for (int d = 0; d < total - unique; d++) {
            int original = random.nextInt(unique);
            keyed.add(new Keyed(original + 1 + random.nextInt(3000) + 0.25, events.get(original)));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key));
        List<Delivery> ordered = keyed.stream().map(Keyed::delivery).toList();

        Set<String> seen = new LinkedHashSet<>();
        long newestCreated = Long.MIN_VALUE;
        int redelivered = 0;
        int late = 0;
        for (Delivery delivery : ordered) {
            if (!seen.add(delivery.eventId())) {
                redelivered++;
            } else if (delivery.created() < newestCreated) {
                late++;
            }
            newestCreated = Math.max(newestCreated, delivery.created());
        }
        return new EventStream(ordered, seen, redelivered, late);
    }

    private static Delivery event(String id, int n, long created, List<String> accounts, List<String> sessionIds, WebhookSecrets secrets) {
        int slot = n % 20;
        if (slot < 7) {
            String account = accounts.get(n % accounts.size());
            JsonObject object = Json.createObjectBuilder(SignedEvents.fixture("account")).add("id", account).build();
            return genuine(id, Delivery.CONNECT_PATH, "account.updated", created,
                    SignedEvents.event(id, "account.updated", "account", account, created, object), secrets.connect());
        }
        if (slot < 12) {
            JsonObject object = Json.createObjectBuilder(SignedEvents.fixture("checkout.session"))
                    .add("id", sessionIds.get(n % sessionIds.size())).build();
            return genuine(id, Delivery.PLATFORM_PATH, "checkout.session.completed", created,
                    SignedEvents.event(id, "checkout.session.completed", "checkout.session", null, created, object), secrets.platform());
        }
        String[] unhandled = UNHANDLED[n % UNHANDLED.length];
        boolean connect = n % 2 == 0;
        String account = connect ? accounts.get(n % accounts.size()) : null;
        return genuine(id, connect ? Delivery.CONNECT_PATH : Delivery.PLATFORM_PATH, unhandled[0], created,
                SignedEvents.event(id, unhandled[0], unhandled[1], account, created, null), connect ? secrets.connect() : secrets.platform());
    }

    static Delivery genuine(String id, String path, String type, long created, String payload, String secret) {
        return new Delivery(id, path, type, created, payload, now -> SignedEvents.sign(payload, secret, now), true);
    }

    public List<Delivery> deliveries() {
        return deliveries;
    }

    /** The distinct event ids in the stream. */
    public Set<String> eventIds() {
        return eventIds;
    }

    public int redeliveries() {
        return redeliveries;
    }

    /** Deliveries of events created before an event delivered earlier. */
    public int lateDeliveries() {
        return lateDeliveries;
    }

    private record Keyed(double key, Delivery delivery) {
    }
}
