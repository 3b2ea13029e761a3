package com.marketplace.web.pages.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sign-in form, filled in again after a failed attempt.
 *
 * @param next where to go after signing in, carried through the form as given (checked on the way out)
 * @param error why the last attempt failed, if it did
 */
public record SignInView(String csrfToken, String next, String email, Optional<String> error) {

    /** The buyer sign-up page, going on to the same {@code next} (a shop's page, to subscribe there). */
    public String buyerSignUpHref() {
        return next.isEmpty() ? "/buyers/signup" : "/buyers/signup?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
