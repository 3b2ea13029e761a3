package com.marketplace.sandbox.protocol;

import java.util.List;
import java.util.function.BiFunction;

/** Stripe's cursor pagination: {@code limit} (1-100, default 10) and {@code starting_after}. */
public final class Lists {

    private Lists() {
    }

    public static int limit(Params params) {
        long limit = params.longValue("limit").orElse(10L);
        if (limit < 1 || limit > 100) {
            throw StripeError.invalidRequest("Invalid limit: must be between 1 and 100", "limit");
        }
        return (int) limit;
    }

    /** Fetches one more than asked to know whether there is a next page. */
    public static StripeObject page(String url, Params params, BiFunction<Integer, String, List<StripeObject>> fetch) {
        int limit = limit(params);
        List<StripeObject> rows = fetch.apply(limit + 1, params.string("starting_after").orElse(null));
        boolean hasMore = rows.size() > limit;
        return StripeObject.list(url, hasMore ? rows.subList(0, limit) : rows, hasMore);
    }
}
