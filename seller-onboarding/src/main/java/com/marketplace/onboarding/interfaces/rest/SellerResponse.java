package com.marketplace.onboarding.interfaces.rest;

import com.marketplace.onboarding.domain.RequirementWording;
import com.marketplace.onboarding.domain.Seller;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller as the API shows it to themselves and to the admin: never the password hash. */
@JsonbPropertyOrder({"id", "email", "displayName", "country", "defaultCurrency", "chargeType", "accountType", "stripeAccountId", "onboarding"})
public record SellerResponse(@Schema(example = "7") long id,
                             @Schema(example = "atelier@example.com") String email,
                             @Schema(example = "Atelier Lovelace") String displayName,
                             @Schema(example = "DE") String country,
                             @Schema(example = "eur") String defaultCurrency,
                             @Schema(example = "DESTINATION") String chargeType,
                             @Schema(example = "EXPRESS") String accountType,
                             @Schema(example = "acct_1Nv0FGQ9RKHgCVdK") String stripeAccountId,
                             Onboarding onboarding) {

    public static SellerResponse of(Seller seller) {
        return new SellerResponse(seller.id().value(), seller.email(), seller.displayName(), seller.country(), seller.defaultCurrency(),
                seller.chargeType().name(), seller.accountType().name(), seller.stripeAccountId().map(Object::toString).orElse(null),
                Onboarding.of(seller));
    }

    /**
     * Where the seller stands with Stripe. {@code stillToDo} says in words what the seller must
     * do now (currently and past due); the lists keep Stripe's codes beside the words.
     */
    @JsonbPropertyOrder({"status", "canSell", "summary", "stillToDo", "detailsSubmitted", "chargesEnabled", "payoutsEnabled",
            "capabilities", "disabledReason", "disabledReasonDescription", "currentlyDue", "pastDue", "eventuallyDue",
            "futureRequirements", "currentDeadline", "paused", "pausedBecause", "disconnectedAt", "lastSyncedAt"})
    public record Onboarding(@Schema(example = "ACTIVE") String status,
                             @Schema(example = "true") boolean canSell,
                             @Schema(example = "Ready to sell") String summary,
                             List<String> stillToDo,
                             @Schema(example = "true") boolean detailsSubmitted,
                             @Schema(example = "true") boolean chargesEnabled,
                             @Schema(example = "true") boolean payoutsEnabled,
                             Capabilities capabilities,
                             @Schema(example = "requirements.past_due") String disabledReason,
                             @Schema(example = "Stripe needs more information before payouts resume") String disabledReasonDescription,
                             List<DueItem> currentlyDue,
                             List<DueItem> pastDue,
                             List<DueItem> eventuallyDue,
                             List<DueItem> futureRequirements,
                             @Schema(example = "2026-04-01T00:00:00Z") Instant currentDeadline,
                             @Schema(example = "false") boolean paused,
                             @Schema(example = "the admin paused sales during a review") String pausedBecause,
                             @Schema(example = "2026-03-20T12:00:00Z") Instant disconnectedAt,
                             @Schema(example = "2026-03-14T09:26:53Z") Instant lastSyncedAt) {

        static Onboarding of(Seller seller) {
            List<String> dueNow = Stream.concat(seller.pastDue().stream(), seller.currentlyDue().stream()).toList();
            List<String> future = Stream.concat(seller.futureCurrentlyDue().stream(), seller.futureEventuallyDue().stream()).distinct().toList();
            return new Onboarding(seller.status().name(), seller.status().maySell() && seller.stripeAccountId().isPresent(),
                    RequirementWording.status(seller.status()), RequirementWording.toDo(dueNow),
                    seller.detailsSubmitted(), seller.chargesEnabled(), seller.payoutsEnabled(),
                    new Capabilities(seller.cardPaymentsCapability().orElse(null), seller.transfersCapability().orElse(null)),
                    seller.disabledReason().orElse(null), seller.disabledReason().map(RequirementWording::disabledReason).orElse(null),
                    DueItem.of(seller.currentlyDue()), DueItem.of(seller.pastDue()), DueItem.of(seller.eventuallyDue()), DueItem.of(future),
                    seller.currentDeadline().orElse(null), seller.pauseReason().isPresent(), seller.pauseReason().orElse(null),
                    seller.disconnectedAt().orElse(null), seller.accountSyncedAt().orElse(null));
        }
    }

    /** Stripe capability statuses ({@code active}, {@code inactive}, {@code pending}), null when not requested. */
    public record Capabilities(@Schema(example = "active") String cardPayments,
                               @Schema(example = "active") String transfers) {
    }

    @JsonbPropertyOrder({"code", "description"})
    public record DueItem(@Schema(example = "individual.verification.document") String code,
                          @Schema(example = "A photo ID of the account representative") String description) {

        static List<DueItem> of(List<String> codes) {
            return codes.stream().map(code -> new DueItem(code, RequirementWording.requirement(code))).toList();
        }
    }
}
