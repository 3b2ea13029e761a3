package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.payouts.domain.Balance;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stripe's own shape of a balance: {@code {available: [{amount, currency}], pending: [...]}}. */
@JsonbPropertyOrder({"available", "pending"})
public record BalanceResponse(List<AmountResponse> available,
                              List<AmountResponse> pending) {

    static BalanceResponse of(Balance balance) {
        return new BalanceResponse(AmountResponse.of(balance.available()), AmountResponse.of(balance.pending()));
    }

    @JsonbPropertyOrder({"amount", "currency"})
    public record AmountResponse(@Schema(example = "184250") long amount,
                                 @Schema(example = "eur") String currency) {

        static List<AmountResponse> of(List<Balance.Amount> amounts) {
            return amounts.stream().map(amount -> new AmountResponse(amount.amount(), amount.currency())).toList();
        }
    }
}
