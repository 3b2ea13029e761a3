package com.marketplace.platform.orders.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The described answer of POST /api/checkout must keep every field the two real answers carry, and no other. */
class CheckoutStartedTest {

    @Test
    void describesTheFieldsOfBothCheckoutAnswers() {
        Set<String> answered = Stream.of(CheckoutResponse.class, PurchaseCheckoutResponse.class)
                .flatMap(type -> names(type).stream()).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(answered, names(CheckoutStarted.class));
    }

    private static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
