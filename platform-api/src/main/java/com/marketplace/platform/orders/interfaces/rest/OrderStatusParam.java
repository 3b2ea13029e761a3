package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code ?status=} filter: any case; an unknown status is a 400 naming the valid ones, not an
 * empty list. Parsed by the resource, not by JAX-RS, which would answer a failed conversion with 404.
 */
final class OrderStatusParam {

    private OrderStatusParam() {
    }

    static Optional<OrderStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderStatus.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "status must be one of " + Arrays.toString(OrderStatus.values()));
        }
    }
}
