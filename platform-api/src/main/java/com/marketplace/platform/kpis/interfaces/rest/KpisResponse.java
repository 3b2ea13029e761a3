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
public record KpisResponse(String currency, int days, long grossVolume, long fees, long paidOrders, long failedPayments,
                           // Decimals, for the API description: Payara writes BigDecimal and long alike (docs/api.md).
                           @Schema(type = SchemaType.NUMBER, format = "double") BigDecimal paymentSuccessRate,
                           @Schema(type = SchemaType.NUMBER, format = "double") BigDecimal checkoutConversion,
                           @Schema(type = SchemaType.NUMBER, format = "double") BigDecimal dropOffRate,
                           TimeToPay timeToPaySeconds, Refunds refunds, Disputes disputes, Subscriptions subscriptions,
                           long payoutFailures, long webhookLagSeconds, long deadWebhookEvents) {

    @JsonbNillable
    public record TimeToPay(Long p50, Long p90) {
    }

    @JsonbNillable
    public record Refunds(long count, long amount, @Schema(type = SchemaType.NUMBER, format = "double") BigDecimal rate) {
    }

    @JsonbNillable
    public record Disputes(long count, @Schema(type = SchemaType.NUMBER, format = "double") BigDecimal rate, long open,
                           @Schema(type = SchemaType.NUMBER, format = "double") BigDecimal medianDaysToClose) {
    }

    @JsonbNillable
    public record Subscriptions(long active, long trialing, long pastDue, long mrr, long started, long ended, @Schema(type = SchemaType.NUMBER, format = "double") BigDecimal churnRate) {
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
