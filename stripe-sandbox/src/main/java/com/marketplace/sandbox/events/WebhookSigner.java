package com.marketplace.sandbox.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Stripe's webhook signature: {@code t=<unix seconds>,v1=hex(HMAC-SHA256(secret, t + "." + payload))}. */
public final class WebhookSigner {

    private WebhookSigner() {
    }

    public static String signatureHeader(String payload, String secret, long timestampSeconds) {
        return "t=" + timestampSeconds + ",v1=" + hmacSha256(secret, timestampSeconds + "." + payload);
    }

    static String hmacSha256(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
