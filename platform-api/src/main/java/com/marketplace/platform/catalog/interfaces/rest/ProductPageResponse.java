package com.marketplace.platform.catalog.interfaces.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One page of the catalog: {@code has_more} says whether the list goes on past it, and the last
 * item's id is the {@code starting_after} of the next page. {@code offset} and {@code limit} echo
 * the request, for the clients that still page by offset.
 */
@JsonbPropertyOrder({"items", "hasMore", "offset", "limit"})
public record ProductPageResponse(List<ProductResponse> items, @JsonbProperty("has_more") boolean hasMore, int offset, int limit) {
}
