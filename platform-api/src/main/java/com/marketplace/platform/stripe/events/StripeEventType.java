package com.marketplace.platform.stripe.events;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Selects the Stripe event type a handler observes:
 * {@code void on(@Observes @StripeEventType("account.updated") StripeEventReceived event)}.
 * An event type that no handler observes this way is recorded as ignored.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface StripeEventType {

    String value();

    /** The qualifier as a value, for firing an event of a type known only at run time. */
    final class Literal extends AnnotationLiteral<StripeEventType> implements StripeEventType {

        private static final long serialVersionUID = 1L;
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        public static Literal of(String type) {
            return new Literal(type);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
