package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.FeeChange;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * One audited change. {@code sellerId} only for a seller's override; {@code before} is absent for
 * a first override, {@code after} for a removed one.
 */
@JsonbPropertyOrder({"id", "changedAt", "changedBy", "scope", "sellerId", "currency", "before", "after"})
public record FeeChangeResponse(long id, Instant changedAt, String changedBy, String scope, Long sellerId, String currency,
                                RateResponse before, RateResponse after) {

    static FeeChangeResponse of(FeeChange change) {
        return new FeeChangeResponse(change.id(), change.changedAt(), change.changedBy(), change.scope().name(),
                change.seller().map(SellerId::value).orElse(null), change.currency().value(),
                change.before().map(RateResponse::of).orElse(null), change.after().map(RateResponse::of).orElse(null));
    }
}
