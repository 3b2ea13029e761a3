package com.marketplace.sandbox.protocol;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URLs Stripe sends a person's browser to, or posts events to (success, cancel, return, refresh
 * and webhook endpoint URLs): absolute http(s) URLs only. Stripe refuses anything else at creation
 * ({@code url_invalid}, "Not a valid URL"); a sandbox that stored a {@code javascript:} URL would
 * render it as a link on its hosted pages.
 */
public final class HttpUrls {

    // Scheme, then a non-empty authority; Stripe's own placeholders ({CHECKOUT_SESSION_ID}) may follow.
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?");

    private HttpUrls() {
    }

    public static boolean isHttp(String value) {
        return value != null && value.length() <= 5000 && value.chars().noneMatch(c -> c < 0x20 || c == 0x7f)
                && HTTP_URL.matcher(value).matches();
    }

    /** The required parameter {@code key}, refused with Stripe's error unless it is an http(s) URL. */
    public static String required(Params params, String key) {
        return check(params.requiredString(key), params.name(key));
    }

    /** The optional parameter {@code key}, refused with Stripe's error when present and not an http(s) URL. */
    public static Optional<String> optional(Params params, String key) {
        return params.string(key).map(value -> check(value, params.name(key)));
    }

    private static String check(String value, String param) {
        if (!isHttp(value)) {
            throw StripeError.invalidUrl(param);
        }
        return value;
    }
}
