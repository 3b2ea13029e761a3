package com.marketplace.platform.kernel.error;

import java.util.Locale;
import java.util.Objects;

/**
 * A rule of the domain said no: the reason is what a client can branch on, the message says it in
 * words. Features throw their own kind ({@code OrderRefusal}, {@code CatalogRefusal}, ...) from the
 * application layer, which knows nothing of HTTP; the interfaces turn a reason into its published
 * error code and status ({@link RefusalMapper#errorCodeOf} for the API, the page servlet for pages). A reason is
 * named as the {@link ErrorCode} it is published as, so a client sees the same code as before.
 */
public abstract class Refusal extends RuntimeException {

    private final Enum<?> reason;

    protected Refusal(Enum<?> reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Enum<?> reason() {
        return reason;
    }

    /** The code clients see in the JSON {@code error} field. */
    public String code() {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
