package com.marketplace.onboarding.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link into Stripe's hosted pages: open it at once, it works once and expires. */
@JsonbPropertyOrder({"kind", "url", "expiresAt", "message"})
public record LinkResponse(@Schema(example = "account_onboarding") String kind,
                           @Schema(example = "https://connect.stripe.com/setup/e/acct_1Nv0FGQ9RKHgCVdK/a1b2c3") String url,
                           @Schema(example = "2026-03-14T09:31:53Z") Instant expiresAt,
                           @Schema(example = "Finish the details Stripe still asks for") String message) {
}
