package com.marketplace.benchmarks.support;

import java.util.function.LongFunction;

/**
 * One POST a webhook sender makes: an event's exact bytes, the endpoint it goes to, and how its
 * {@code Stripe-Signature} header is made at the moment of sending (Stripe signs every attempt
 * afresh, so a retry carries a new timestamp). Genuine deliveries are retried until acknowledged;
 * hostile ones are sent once and must be refused.
 */
public record Delivery(String eventId, String path, String type, long created, String payload,
                       LongFunction<String> signatureAt, boolean genuine) {

    public static final String PLATFORM_PATH = "/webhooks/stripe";
    public static final String CONNECT_PATH = "/webhooks/stripe/connect";
}
