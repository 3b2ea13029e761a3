package com.marketplace.testsupport;

import com.stripe.Stripe;
import com.stripe.net.Webhook;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * Stripe events for webhook tests: a {@code stripe-sandbox/src/main/resources/sandbox/stripe-fixtures3.json} object wrapped in
 * Stripe's event envelope, signed with stripe-java's {@code Webhook.Signature.generateSignatureHeader}.
 */
public final class SignedEvents {

    public static final String PLATFORM_SECRET = "whsec_sandbox_platform";
    public static final String CONNECT_SECRET = "whsec_sandbox_connect";
    private static JsonObject fixtures;

    private SignedEvents() {
    }

    /** An event of {@code type} around the fixture object of {@code fixtureType}; {@code account} for Connect events. */
    public static String event(String type, String fixtureType, String account) {
        return event("evt_it_" + UUID.randomUUID().toString().replace("-", ""), type, fixtureType, account, Instant.now().getEpochSecond(), null);
    }

    public static String event(String id, String type, String fixtureType, String account, long created, JsonObject objectOverride) {
        return event(id, type, fixtureType, account, created, objectOverride, Stripe.API_VERSION);
    }

    /** An event as an account pinned to another API version would receive it. */
    public static String event(String id, String type, String fixtureType, String account, long created, JsonObject objectOverride,
                               String apiVersion) {
        JsonObject object = objectOverride != null ? objectOverride : fixtures().getJsonObject(fixtureType);
        JsonObjectBuilder envelope = Json.createObjectBuilder()
                .add("id", id)
                .add("object", "event")
                .add("api_version", apiVersion)
                .add("created", created)
                .add("data", Json.createObjectBuilder().add("object", object))
                .add("livemode", false)
                .add("pending_webhooks", 1)
                .add("request", Json.createObjectBuilder().add("id", JsonValue.NULL).add("idempotency_key", JsonValue.NULL))
                .add("type", type);
        if (account != null) {
            envelope.add("account", account);
        }
        return envelope.build().toString();
    }

    /** The same event as Stripe's other mode would send it: {@code livemode} set to {@code livemode}. */
    public static String withLivemode(String payload, boolean livemode) {
        JsonObject event = Json.createReader(new StringReader(payload)).readObject();
        return Json.createObjectBuilder(event).add("livemode", livemode).build().toString();
    }

    public static JsonObject fixture(String type) {
        return fixtures().getJsonObject(type);
    }

    public static String sign(String payload, String secret) {
        return sign(payload, secret, Instant.now().getEpochSecond());
    }

    public static String sign(String payload, String secret, long timestamp) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, secret, timestamp);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized JsonObject fixtures() {
        if (fixtures == null) {
            Path copy = MarketplaceProcess.projectRoot().resolve("stripe-sandbox/src/main/resources/sandbox/stripe-fixtures3.json");
            try {
                fixtures = Json.createReader(new StringReader(Files.readString(copy)))
                        .readObject().getJsonObject("resources");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return fixtures;
    }
}
