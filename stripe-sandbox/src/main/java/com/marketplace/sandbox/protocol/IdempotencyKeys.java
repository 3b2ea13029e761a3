package com.marketplace.sandbox.protocol;

import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The stored first outcome of each Idempotency-Key, per API key and Stripe-Account. */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    SandboxStore store;

    /** Reserves the key for this request, or answers the stored response of its first use. */
    public Reservation reserve(String apiKey, Scope scope, String key, String requestFingerprint) {
        String scopeKey = sha256(apiKey) + ":" + (scope.isPlatform() ? "platform" : scope.accountId()) + ":" + key;
        String fingerprint = sha256(requestFingerprint);
        return store.write(tx -> {
            List<Object[]> rows = tx.query("SELECT fingerprint, status_code, response FROM sandbox_idempotency WHERE scope_key = ?",
                    List.of(scopeKey), rs -> new Object[] {rs.getString(1), rs.getObject(2), rs.getString(3)});
            if (rows.isEmpty()) {
                tx.execute("INSERT INTO sandbox_idempotency (scope_key, fingerprint, created_at) VALUES (?, ?, ?)",
                        scopeKey, fingerprint, SandboxClock.nowSeconds());
                return new Reservation(scopeKey, null);
            }
            Object[] row = rows.get(0);
            if (!fingerprint.equals(row[0])) {
                throw StripeError.idempotency(400, "Keys for idempotent requests can only be used with the same parameters "
                        + "they were first used with. Try using a key other than '" + key + "' if you meant to execute a different request.");
            }
            if (row[1] == null) {
                throw StripeError.idempotency(409, "There is currently another in-progress request using this Idempotent Key "
                        + "(probably from a retry). Please retry in a moment.");
            }
            return new Reservation(scopeKey, new StoredResponse(((Number) row[1]).intValue(), (String) row[2]));
        });
    }

    public void complete(String scopeKey, int status, String body) {
        store.write(tx -> tx.execute("UPDATE sandbox_idempotency SET status_code = ?, response = ? WHERE scope_key = ?",
                status, body, scopeKey));
    }

    public void release(String scopeKey) {
        store.write(tx -> tx.execute("DELETE FROM sandbox_idempotency WHERE scope_key = ?", scopeKey));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Reservation(String scopeKey, StoredResponse replay) {
    }

    public record StoredResponse(int status, String body) {
    }
}
