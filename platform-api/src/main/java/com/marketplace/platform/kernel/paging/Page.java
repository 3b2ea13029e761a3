package com.marketplace.platform.kernel.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the list's order, and whether the list goes on past it in the direction it
 * was read ({@code has_more}, as Stripe answers: after the last item when paging forward, before the
 * first one when paging back with {@code ending_before}).
 */
public record Page<T>(List<T> items, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), hasMore);
    }
}
