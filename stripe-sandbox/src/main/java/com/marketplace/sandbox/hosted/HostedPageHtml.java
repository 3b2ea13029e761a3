package com.marketplace.sandbox.hosted;

/** Minimal, escaped HTML for the hosted pages; no scripts, so they work with keyboard and screen readers alike. */
final class HostedPageHtml {

    private HostedPageHtml() {
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
                + ".banner{background:#fff3cd;border:1px solid #b58900;padding:.5rem;margin-bottom:1rem}"
                + "label{display:block;margin:.75rem 0 .25rem}input,select{font-size:1rem;padding:.4rem;width:100%;box-sizing:border-box}"
                + "button{font-size:1rem;padding:.6rem 1.2rem;margin-top:1rem;background:#4f46e5;color:#fff;border:0;border-radius:4px}"
                + ".error{color:#b00020;font-weight:bold}table{width:100%;border-collapse:collapse}td{padding:.3rem 0}"
                + "td.amount{text-align:right}fieldset{border:1px solid #ccc;margin-top:1rem}"
                + "</style></head><body><div class=\"banner\" role=\"note\">Stripe sandbox: test mode, no real money moves.</div>"
                + body + "</body></html>";
    }

    static String amount(long minorUnits, String currency) {
        int digits = java.util.Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT)).getDefaultFractionDigits();
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(minorUnits, Math.max(0, digits));
        return value.toPlainString() + " " + currency.toUpperCase(java.util.Locale.ROOT);
    }
}
