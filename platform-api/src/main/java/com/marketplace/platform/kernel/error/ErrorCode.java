package com.marketplace.platform.kernel.error;

import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;

/**
 * Every error the API can answer with. The JSON {@code error} field is the lower-case name
 * ({@code product_not_found}); clients branch on it, so a code, once published, keeps its meaning.
 */
public enum ErrorCode {
    VALIDATION_FAILED(Status.BAD_REQUEST),
    MALFORMED_REQUEST(Status.BAD_REQUEST),
    PROMOTION_CODE_INVALID(Status.BAD_REQUEST),
    /** A cart whose products are priced in more than one currency: one purchase is paid in one currency. */
    MIXED_CURRENCIES(Status.BAD_REQUEST),
    /** An upload that is not a JPEG, PNG or WebP picture (judged by its bytes), or no file at all. */
    IMAGE_INVALID(Status.BAD_REQUEST),
    /** An {@code Idempotency-Key} that is malformed, or that was first used with another request (method, path or body). */
    IDEMPOTENCY_ERROR(Status.BAD_REQUEST),
    NOT_AUTHENTICATED(Status.UNAUTHORIZED),
    FORBIDDEN(Status.FORBIDDEN),
    CSRF_TOKEN_INVALID(Status.FORBIDDEN),
    TOO_MANY_SIGN_IN_ATTEMPTS(Status.TOO_MANY_REQUESTS),
    NOT_FOUND(Status.NOT_FOUND),
    PRODUCT_NOT_FOUND(Status.NOT_FOUND),
    SELLER_NOT_FOUND(Status.NOT_FOUND),
    ONBOARDING_LINK_INVALID(Status.NOT_FOUND),
    ORDER_NOT_FOUND(Status.NOT_FOUND),
    PURCHASE_NOT_FOUND(Status.NOT_FOUND),
    CHECKOUT_SESSION_NOT_FOUND(Status.NOT_FOUND),
    EMAIL_TAKEN(Status.CONFLICT),
    SELLER_NOT_ACTIVE(Status.CONFLICT),
    SELLER_PAUSED(Status.CONFLICT),
    SELLER_DISCONNECTED(Status.CONFLICT),
    ONBOARDING_INCOMPLETE(Status.CONFLICT),
    STRIPE_ACCOUNT_MISSING(Status.CONFLICT),
    PRODUCT_NOT_AVAILABLE(Status.CONFLICT),
    INSUFFICIENT_STOCK(Status.CONFLICT),
    ORDER_NOT_REFUNDABLE(Status.CONFLICT),
    REFUND_EXCEEDS_REMAINING(Status.CONFLICT),
    STOCK_CHANGED(Status.CONFLICT),
    /** A request with the same {@code Idempotency-Key} is still being worked on; retry shortly with the same key. */
    IDEMPOTENCY_KEY_IN_USE(Status.CONFLICT),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE),
    CONFLICT(Status.CONFLICT),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE),
    STRIPE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE),
    STRIPE_ERROR(Status.BAD_GATEWAY),
    INTERNAL_ERROR(Status.INTERNAL_SERVER_ERROR),
    /** Too many requests of one kind (checkouts, sign-ups) from one client address; {@code Retry-After} says when to retry. */
    TOO_MANY_REQUESTS(Status.TOO_MANY_REQUESTS),
    /** A request body larger than the API accepts; nothing was done. */
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE),
    /** A product picture over 2 MB; the product keeps the picture it had. */
    IMAGE_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE);

    private final Status status;

    ErrorCode(Status status) {
        this.status = status;
    }

    public Status status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The generic code for an HTTP status raised by the JAX-RS runtime itself. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> NOT_AUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}
