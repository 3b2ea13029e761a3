package com.marketplace.sandbox.protocol;

/**
 * An error answered in Stripe's shape: {@code {"error": {"type", "code", "message", "param"}}}
 * with Stripe's HTTP status for it.
 */
public class StripeError extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final StripeObject extra;

    public StripeError(int status, String type, String code, String message, String param, StripeObject extra) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.extra = extra;
    }

    public static StripeError invalidRequest(String message, String param) {
        return new StripeError(400, "invalid_request_error", param == null ? null : "parameter_invalid", message, param, null);
    }

    public static StripeError missingParam(String param) {
        return new StripeError(400, "invalid_request_error", "parameter_missing", "Missing required param: " + param + ".", param, null);
    }

    /** Stripe's answer to a URL parameter that is not an absolute http(s) URL. */
    public static StripeError invalidUrl(String param) {
        return new StripeError(400, "invalid_request_error", "url_invalid", "Not a valid URL", param, null);
    }

    public static StripeError noSuch(String objectName, String id) {
        return new StripeError(404, "invalid_request_error", "resource_missing",
                "No such " + objectName + ": '" + id + "'", "id", null);
    }

    public static StripeError authentication(String message) {
        return new StripeError(401, "invalid_request_error", null, message, null, null);
    }

    public static StripeError idempotency(int status, String message) {
        return new StripeError(status, "idempotency_error", null, message, null, null);
    }

    public int status() {
        return status;
    }

    public StripeObject body() {
        StripeObject error = StripeObject.of("type", type, "message", getMessage());
        if (code != null) {
            error.put("code", code);
        }
        if (param != null) {
            error.put("param", param);
        }
        if (extra != null) {
            error.putAll(extra);
        }
        return StripeObject.of("error", error);
    }
}
