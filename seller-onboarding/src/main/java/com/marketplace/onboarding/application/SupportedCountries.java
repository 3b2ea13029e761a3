package com.marketplace.onboarding.application;

/** Countries where Stripe Connect onboards sellers for this platform (uppercase ISO 3166-1 alpha-2). */
public final class SupportedCountries {

    public static final String PATTERN = "AT|AU|BE|CA|CH|CZ|DE|DK|ES|FI|FR|GB|HK|IE|IT|JP|LU|NL|NO|NZ|PL|PT|SE|SG|US";

    private SupportedCountries() {
    }
}
