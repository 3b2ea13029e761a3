package com.marketplace.platform.plans.interfaces.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One page of the offered plans: {@code has_more} says whether the list goes on past it, and the
 * last item's id is the {@code starting_after} of the next page; {@code offset} and {@code limit}
 * echo the request.
 */
@JsonbPropertyOrder({"items", "hasMore", "offset", "limit"})
public record PlanPageResponse(List<PlanResponse> items, @JsonbProperty("has_more") boolean hasMore, int offset, int limit) {
}
