package com.marketplace.benchmarks.support;

import com.marketplace.testsupport.SignedEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deliveries that must never be accepted or stored, a quarter of each kind: forged (signed with a
 * secret that is not the endpoint's, or with the other endpoint's), tampered (a genuine signature
 * over a body changed afterwards), replayed (a genuine, fresh signature header captured from one
 * event and sent with another's body) and stale (signed correctly, but more than Stripe's 5-minute
 * tolerance ago or in the future). Every id starts with {@code evt_hostile_}.
 */
public final class HostileDeliveries {

    public static final String ID_PREFIX = "evt_hostile_";

    private HostileDeliveries() {
    }

    public static List<Delivery> generate(int count, List<String> accounts, WebhookSecrets secrets) {
        List<Delivery> hostile = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = ID_PREFIX + i;
            String account = accounts.get(i % accounts.size());
            boolean connect = i % 2 == 0;
            String path = connect ? Delivery.CONNECT_PATH : Delivery.PLATFORM_PATH;
            String secret = connect ? secrets.connect() : secrets.platform();
            String payload = SignedEvents.event(id, "account.updated", "account", connect ? account : null, Instant.now().getEpochSecond(),
                    null);
            hostile.add(switch (i % 4) {
                case 0 -> forged(id, path, payload, i % 8 == 0 ? "whsec_attacker_guess" : (connect ? secrets.platform() : secrets.connect()));
                case 1 -> tampered(id, path, payload, secret);
                case 2 -> replayed(id, path, payload, secret, account);
                default -> stale(id, path, payload, secret, i % 8 == 3 ? -301 - i % 3600 : 301 + i % 3600);
            });
        }
        return hostile;
    }

    private static Delivery forged(String id, String path, String payload, String wrongSecret) {
        return new Delivery(id, path, "forged", 0, payload, now -> SignedEvents.sign(payload, wrongSecret, now), false);
    }

    /** The amount a buyer paid, or the account an event is about, changed after Stripe signed it. */
    private static Delivery tampered(String id, String path, String payload, String secret) {
        String changed = payload.replace("\"type\":\"account.updated\"", "\"type\":\"account.application.deauthorized\"");
        if (changed.equals(payload)) {
            throw new IllegalStateException("the event's type was not found to tamper with: " + payload);
        }
        return new Delivery(id, path, "tampered", 0, changed, now -> SignedEvents.sign(payload, secret, now), false);
    }

    private static Delivery replayed(String id, String path, String payload, String secret, String account) {
        String captured = SignedEvents.event("evt_captured_" + id, "account.updated", "account", account, Instant.now().getEpochSecond(), null);
        return new Delivery(id, path, "replayed", 0, payload, now -> SignedEvents.sign(captured, secret, now), false);
    }

    private static Delivery stale(String id, String path, String payload, String secret, int secondsAgo) {
        return new Delivery(id, path, "stale", 0, payload, now -> SignedEvents.sign(payload, secret, now - secondsAgo), false);
    }
}
