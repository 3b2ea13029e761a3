package com.marketplace.platform.plans.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the offered plans and where it starts, so a client can ask for the next one. */
@JsonbPropertyOrder({"items", "offset", "limit"})
public record PlanPageResponse(List<PlanResponse> items,
                               int offset,
                               int limit) {
}
