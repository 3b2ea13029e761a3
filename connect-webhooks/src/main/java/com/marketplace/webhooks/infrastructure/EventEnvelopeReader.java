package com.marketplace.webhooks.infrastructure;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.marketplace.webhooks.domain.EventEnvelope;
import com.marketplace.webhooks.domain.WebhookRejected;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads the envelope of a signed delivery in one streaming pass: {@code id}, {@code object},
 * {@code type}, {@code created}, {@code livemode}, {@code account} and {@code api_version}.
 * Everything else, {@code data} above all, is checked for syntax and skipped, never built into
 * objects: the ack path stores the bytes as they came, and only the worker needs the whole event.
 * The whole body must be one JSON object (nothing after it); a field given twice counts the last time.
 */
public final class EventEnvelopeReader {

    private static final String NOT_AN_EVENT = "The body is not a Stripe event (id, object=event, type, created)";

    private EventEnvelopeReader() {
    }

    public static EventEnvelope read(String payload) throws WebhookRejected {
        try (JsonReader json = new JsonReader(new StringReader(payload))) {
            json.setLenient(false);
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                throw malformed(NOT_AN_EVENT);
            }
            Fields fields = new Fields();
            json.beginObject();
            while (json.hasNext()) {
                fields.read(json.nextName(), json);
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw malformed("The body is not JSON");
            }
            return fields.envelope();
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // From a StringReader an IOException is a syntax error (or the end of input too soon);
            // a number that is no long (1.5, 1e30) is not a Stripe timestamp either.
            throw malformed("The body is not JSON");
        }
    }

    private static WebhookRejected malformed(String message) {
        return new WebhookRejected(WebhookRejected.Reason.MALFORMED, message);
    }

    /** The fields seen so far; a value of the wrong kind is as good as absent, as it would not make an event. */
    private static final class Fields {
        private String id;
        private String object;
        private String type;
        private Long created;
        private boolean livemode;
        private String account;
        private String apiVersion;
        private boolean malformedEnvelope;

        void read(String name, JsonReader json) throws IOException {
            switch (name) {
                case "id" -> id = string(json);
                case "object" -> object = string(json);
                case "type" -> type = string(json);
                case "created" -> created = number(json);
                case "livemode" -> livemode = bool(json);
                case "account" -> account = string(json);
                case "api_version" -> apiVersion = string(json);
                case "data" -> {
                    // Stripe's data is an object; anything else is not an event the handlers could read.
                    JsonToken token = json.peek();
                    if (token != JsonToken.BEGIN_OBJECT && token != JsonToken.NULL) {
                        malformedEnvelope = true;
                    }
                    json.skipValue();
                }
                default -> json.skipValue();
            }
        }

        private String string(JsonReader json) throws IOException {
            return value(json, JsonToken.STRING, JsonReader::nextString, null);
        }

        private Long number(JsonReader json) throws IOException {
            return value(json, JsonToken.NUMBER, JsonReader::nextLong, null);
        }

        private boolean bool(JsonReader json) throws IOException {
            return value(json, JsonToken.BOOLEAN, JsonReader::nextBoolean, false);
        }

        /** The field's value if it is of {@code kind}; {@code absent} for null, and for any other kind, which marks the envelope malformed. */
        private <T> T value(JsonReader json, JsonToken kind, FieldValue<T> next, T absent) throws IOException {
            JsonToken token = json.peek();
            if (token == kind) {
                return next.read(json);
            }
            if (token == JsonToken.NULL) {
                json.nextNull();
                return absent;
            }
            malformedEnvelope = true;
            json.skipValue();
            return absent;
        }

        EventEnvelope envelope() throws WebhookRejected {
            if (malformedEnvelope || id == null || type == null || created == null || !"event".equals(object)) {
                throw malformed(NOT_AN_EVENT);
            }
            return new EventEnvelope(id, type, created, livemode, Optional.ofNullable(account), Optional.ofNullable(apiVersion));
        }
    }

    @FunctionalInterface
    private interface FieldValue<T> {
        T read(JsonReader json) throws IOException;
    }
}
