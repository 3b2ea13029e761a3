package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.payouts.domain.Payout;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** A payout; status in Stripe's words (pending, in_transit, paid, failed, canceled); failure fields null unless failed. */
@JsonbPropertyOrder({"id", "sellerId", "amount", "currency", "status", "arrivalDate", "failureCode", "failureMessage", "created"})
public record PayoutResponse(String id, long sellerId, long amount, String currency, String status, Instant arrivalDate,
                             String failureCode, String failureMessage, Instant created) {

    static PayoutResponse of(Payout payout) {
        return new PayoutResponse(payout.stripe().id(), payout.sellerId().value(), payout.stripe().amount(), payout.stripe().currency(),
                payout.status().code(), payout.stripe().arrivalDate().orElse(null), payout.stripe().failureCode().orElse(null),
                payout.stripe().failureMessage().orElse(null), payout.stripe().created());
    }

    /** A page of payouts, newest first. */
    @JsonbPropertyOrder({"data", "limit", "offset"})
    public record Page(List<PayoutResponse> data, int limit, int offset) {

        static Page of(List<Payout> payouts, int limit, int offset) {
            return new Page(payouts.stream().map(PayoutResponse::of).toList(), limit, offset);
        }
    }
}
