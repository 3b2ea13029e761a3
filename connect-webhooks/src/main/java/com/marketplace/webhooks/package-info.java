/**
 * The webhook pipeline: {@code POST /webhooks/stripe} and {@code /webhooks/stripe/connect}, signature
 * verification on the raw body, the event inbox keyed by event id, and the worker that dispatches
 * stored events as CDI {@code StripeEventReceived} events. It knows no handler: handlers live in the
 * module that owns the data and observe {@code @StripeEventType("...") StripeEventReceived}.
 *
 * <h2>Rules for handlers</h2>
 * <ul>
 *   <li>A handler runs inside the worker's transaction; its writes commit with the event's
 *       "processed" mark or roll back with a failure (the event is then retried with backoff, and
 *       after the last attempt it is dead until an admin replays it).</li>
 *   <li>Every event may arrive more than once and in any order. A handler must be idempotent, and
 *       must never apply an older event over newer state: re-fetch the object from Stripe (the API
 *       is the truth, the payload a snapshot), or keep the {@code created} of the event that last
 *       changed the row and update only {@code WHERE last_event_created <= ?}.</li>
 *   <li>An event whose {@code api_version} differs from stripe-java's may not deserialize: use
 *       {@code StripeEventReceived.objectId()} and re-fetch.</li>
 * </ul>
 */
package com.marketplace.webhooks;
