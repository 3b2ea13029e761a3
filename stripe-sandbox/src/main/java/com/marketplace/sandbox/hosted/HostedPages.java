package com.marketplace.sandbox.hosted;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Renders the hosted pages from {@code src/main/jte/hosted}, compiled at build time and escaped by
 * context (text, attribute, URL), inside the sandbox's own Stripe-like layout. No scripts, so the
 * pages work with keyboard and screen readers alike.
 */
final class HostedPages {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HostedPages.class.getClassLoader(), "com.marketplace.sandbox.hosted.compiled");

    private HostedPages() {
    }

    /** The template {@code hosted/<name>.jte} rendered with its view model. */
    static String render(String name, Object view) {
        StringOutput output = new StringOutput(4096);
        ENGINE.render("hosted/" + name + ".jte", view, output);
        return output.toString();
    }

    /** An amount as Stripe's pages show it: "12.50 EUR" (no symbol, the currency's own decimals). */
    static String amount(long minorUnits, String currency) {
        int digits = Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
        return BigDecimal.valueOf(minorUnits, Math.max(0, digits)).toPlainString() + " " + currency.toUpperCase(Locale.ROOT);
    }
}
