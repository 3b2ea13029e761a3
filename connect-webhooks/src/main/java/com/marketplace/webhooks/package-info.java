/**
 * The webhook pipeline: {@code POST /webhooks/stripe} and {@code /webhooks/stripe/connect}, signature
 * verification on the raw body, the event inbox keyed by event id, and the worker that dispatches
 * stored events as CDI events. Knows no handler; depends on platform-api only.
 */
package com.marketplace.webhooks;
