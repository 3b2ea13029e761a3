package com.marketplace.platform.kernel.money;

import java.util.List;
import java.util.Set;

/**
 * The currencies the marketplace prices in: ones every Stripe account in its countries can
 * charge, including the zero-decimal ones (JPY, KRW) whose amounts have no minor unit.
 */
public final class SupportedCurrencies {

    public static final Set<String> CODES = Set.copyOf(List.of(
            "usd", "eur", "gbp", "chf", "cad", "aud", "nzd", "sek", "nok", "dkk", "pln", "czk", "jpy", "krw", "sgd", "hkd"));

    /** Stripe's largest amount for a charge in most currencies (eight digits of minor units). */
    public static final long MAX_AMOUNT = 99_999_999L;

    private SupportedCurrencies() {
    }

    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }
}
