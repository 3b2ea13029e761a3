package com.marketplace.web.pages.account;

import java.util.Optional;

/**
 * The sign-in form, filled in again after a failed attempt.
 *
 * @param next where to go after signing in, carried through the form as given (checked on the way out)
 * @param error why the last attempt failed, if it did
 */
public record SignInView(String csrfToken, String next, String email, Optional<String> error) {
}
