package com.marketplace.web.pages.buyer;

import java.util.List;

/**
 * The buyer sign-up form, filled in again (but the password) after a refusal.
 *
 * @param problems what was refused, field by field, already named as the form labels the field
 */
public record BuyerSignUpView(String csrfToken, List<String> problems, String email, String name) {

    public BuyerSignUpView {
        problems = List.copyOf(problems);
    }
}
