package com.marketplace.web.pages.account;

import java.util.List;

/**
 * The seller sign-up form, filled in again (but the password) after a refusal.
 *
 * @param problems what was refused, field by field, already named as the form labels the field
 */
public record SignUpView(String csrfToken, List<String> problems, String email, String displayName, List<String> countries,
                         String country, List<String> currencies, String currency, String chargeType) {

    public SignUpView {
        problems = List.copyOf(problems);
        countries = List.copyOf(countries);
        currencies = List.copyOf(currencies);
    }
}
