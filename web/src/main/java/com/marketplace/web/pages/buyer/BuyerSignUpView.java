package com.marketplace.web.pages.buyer;

import java.util.List;

/**
 * The buyer sign-up form, filled in again (but the password) after a refusal.
 *
 * @param problems what was refused, field by field, already named as the form labels the field
 * @param next where to go once signed up (a shop's page the buyer wants to subscribe on), carried
 *             through the form as given and checked on the way out; "" for their account
 */
public record BuyerSignUpView(String csrfToken, List<String> problems, String email, String name, String next) {

    public BuyerSignUpView {
        problems = List.copyOf(problems);
    }

    public BuyerSignUpView(String csrfToken, List<String> problems, String email, String name) {
        this(csrfToken, problems, email, name, "");
    }
}
