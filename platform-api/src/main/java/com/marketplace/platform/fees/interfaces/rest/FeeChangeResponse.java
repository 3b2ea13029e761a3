package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.FeeChange;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audited change. {@code sellerId} only for a seller's override; {@code before} is absent for
 * a first override, {@code after} for a removed one.
 */
@JsonbPropertyOrder({"id", "changedAt", "changedBy", "scope", "sellerId", "currency", "before", "after"})
public record FeeChangeResponse(@Schema(example = "3") long id,
                                @Schema(example = "2026-03-14T09:26:53Z") Instant changedAt,
                                @Schema(example = "admin@example.com") String changedBy,
                                @Schema(example = "SELLER") String scope,
                                @Schema(example = "7") Long sellerId,
                                @Schema(example = "eur") String currency,
                                RateResponse before,
                                RateResponse after) {

    static FeeChangeResponse of(FeeChange change) {
        return new FeeChangeResponse(change.id(), change.changedAt(), change.changedBy(), change.scope().name(),
                change.seller().map(SellerId::value).orElse(null), change.currency().value(),
                change.before().map(RateResponse::of).orElse(null), change.after().map(RateResponse::of).orElse(null));
    }
}
