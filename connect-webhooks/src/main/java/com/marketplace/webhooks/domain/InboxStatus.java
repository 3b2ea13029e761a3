package com.marketplace.webhooks.domain;

import java.util.Locale;

/**
 * Lifecycle of a stored event: {@code RECEIVED} (stored, acknowledged) -> {@code PROCESSING}
 * (claimed by a worker, under a lease) -> {@code PROCESSED} (handlers committed) | {@code IGNORED}
 * (no handler for its type) | {@code FAILED} (a handler threw; due again after a backoff) ->
 * ... -> {@code DEAD} (attempts exhausted; only an admin's replay brings it back to RECEIVED). A
 * {@code PROCESSING} row whose lease ran out is claimed again, or is {@code DEAD} if that claim was
 * its last attempt: a worker that died counts as an attempt that failed.
 */
public enum InboxStatus {
    RECEIVED, PROCESSING, PROCESSED, IGNORED, FAILED, DEAD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InboxStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
