package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.payouts.domain.Payout;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payout; status in Stripe's words (pending, in_transit, paid, failed, canceled); failure fields null unless failed. */
@JsonbPropertyOrder({"id", "sellerId", "amount", "currency", "status", "arrivalDate", "failureCode", "failureMessage", "created"})
public record PayoutResponse(@Schema(example = "po_1Nv3GhQ9RKHgCVdK") String id,
                             @Schema(example = "7") long sellerId,
                             @Schema(example = "2500") long amount,
                             @Schema(example = "eur") String currency,
                             @Schema(example = "PAID") String status,
                             @Schema(example = "2026-03-16T00:00:00Z") Instant arrivalDate,
                             @Schema(example = "account_closed") String failureCode,
                             @Schema(example = "The bank account has been closed") String failureMessage,
                             @Schema(example = "2026-03-14T09:26:53Z") Instant created) {

    static PayoutResponse of(Payout payout) {
        return new PayoutResponse(payout.stripe().id(), payout.sellerId().value(), payout.stripe().amount(), payout.stripe().currency(),
                payout.status().code(), payout.stripe().arrivalDate().orElse(null), payout.stripe().failureCode().orElse(null),
                payout.stripe().failureMessage().orElse(null), payout.stripe().created());
    }

    /** A page of payouts, newest first. */
    @JsonbPropertyOrder({"data", "limit", "offset"})
    public record Page(List<PayoutResponse> data,
                       @Schema(example = "50") int limit,
                       int offset) {

        static Page of(List<Payout> payouts, int limit, int offset) {
            return new Page(payouts.stream().map(PayoutResponse::of).toList(), limit, offset);
        }
    }
}
