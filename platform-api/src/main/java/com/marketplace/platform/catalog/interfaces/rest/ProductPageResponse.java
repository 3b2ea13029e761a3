package com.marketplace.platform.catalog.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the catalog and where it starts, so a client can ask for the next one. */
@JsonbPropertyOrder({"items", "offset", "limit"})
public record ProductPageResponse(List<ProductResponse> items,
                                  int offset,
                                  int limit) {
}
