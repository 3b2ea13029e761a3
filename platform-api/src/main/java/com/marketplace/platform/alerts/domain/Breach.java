package com.marketplace.platform.alerts.domain;

/**
 * A rule that holds now. {@code key} tells episodes apart: the rule, and the currency for rules
 * that hold per currency, so that a failing currency alerts even while the others are fine.
 */
public record Breach(String key, AlertRule rule, String detail) {

    static Breach of(AlertRule rule, String detail) {
        return new Breach(rule.code(), rule, detail);
    }

    static Breach of(AlertRule rule, String currency, String detail) {
        return new Breach(rule.code() + ":" + currency, rule, detail);
    }
}
