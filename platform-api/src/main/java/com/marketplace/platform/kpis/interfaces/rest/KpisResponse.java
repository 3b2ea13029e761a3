package com.marketplace.platform.kpis.interfaces.rest;

import com.marketplace.platform.kpis.domain.Kpis;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/admin/kpis} as DESIGN.md publishes it. A rate or percentile with nothing to compute
 * it from is {@code null} (written out, so a client sees every field).
 */
@JsonbNillable
public record KpisResponse(@Schema(example = "eur") String currency,
                           @Schema(example = "30") int days,
                           @Schema(example = "1250000") long grossVolume,
                           @Schema(example = "125000") long fees,
                           @Schema(example = "412") long paidOrders,
                           @Schema(example = "9") long failedPayments,
                           // Decimals, for the API description: Payara writes BigDecimal and long alike (docs/api.md).
                           @Schema(example = "0.9786", type = SchemaType.NUMBER, format = "double") BigDecimal paymentSuccessRate,
                           @Schema(example = "0.71", type = SchemaType.NUMBER, format = "double") BigDecimal checkoutConversion,
                           @Schema(example = "0.29", type = SchemaType.NUMBER, format = "double") BigDecimal dropOffRate,
                           TimeToPay timeToPaySeconds,
                           Refunds refunds,
                           Disputes disputes,
                           Subscriptions subscriptions,
                           @Schema(example = "0") long payoutFailures,
                           @Schema(example = "2") long webhookLagSeconds,
                           @Schema(example = "0") long deadWebhookEvents) {

    @JsonbNillable
    public record TimeToPay(@Schema(example = "95") Long p50,
                            @Schema(example = "420") Long p90) {
    }

    @JsonbNillable
    public record Refunds(@Schema(example = "6") long count,
                          @Schema(example = "15000") long amount,
                          @Schema(example = "0.0146", type = SchemaType.NUMBER, format = "double") BigDecimal rate) {
    }

    @JsonbNillable
    public record Disputes(@Schema(example = "3") long count,
                           @Schema(example = "0.0049", type = SchemaType.NUMBER, format = "double") BigDecimal rate,
                           @Schema(example = "1") long open,
                           @Schema(example = "11.5", type = SchemaType.NUMBER, format = "double") BigDecimal medianDaysToClose) {
    }

    @JsonbNillable
    public record Subscriptions(@Schema(example = "120") long active,
                                @Schema(example = "8") long trialing,
                                @Schema(example = "2") long pastDue,
                                @Schema(example = "108000") long mrr,
                                @Schema(example = "15") long started,
                                @Schema(example = "4") long ended,
                                @Schema(example = "0.0331", type = SchemaType.NUMBER, format = "double") BigDecimal churnRate) {
    }

    static KpisResponse of(Kpis kpis) {
        return new KpisResponse(kpis.period().currency().value(), kpis.period().days(), kpis.grossVolume(), kpis.fees(),
                kpis.paidOrders(), kpis.failedPayments(), orNull(kpis.paymentSuccessRate()), orNull(kpis.checkoutConversion()),
                orNull(kpis.dropOffRate()),
                new TimeToPay(orNull(kpis.timeToPay().p50()), orNull(kpis.timeToPay().p90())),
                new Refunds(kpis.refunds().count(), kpis.refunds().amount(), orNull(kpis.refunds().rate())),
                new Disputes(kpis.disputes().count(), orNull(kpis.disputes().rate()), kpis.disputes().open(),
                        orNull(kpis.disputes().medianDaysToClose())),
                subscriptions(kpis.subscriptions()),
                kpis.payoutFailures(), kpis.webhookLagSeconds(), kpis.deadWebhookEvents());
    }

    private static Subscriptions subscriptions(Kpis.Subscriptions subscriptions) {
        return new Subscriptions(subscriptions.active(), subscriptions.trialing(), subscriptions.pastDue(), subscriptions.mrr(),
                subscriptions.started(), subscriptions.ended(), orNull(subscriptions.churnRate()));
    }

        private static BigDecimal orNull(Optional<BigDecimal> value) {
        return value.orElse(null);
    }

    private static Long orNull(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
