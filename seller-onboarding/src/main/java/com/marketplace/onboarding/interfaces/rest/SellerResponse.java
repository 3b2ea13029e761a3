package com.marketplace.onboarding.interfaces.rest;

import com.marketplace.onboarding.domain.RequirementWording;
import com.marketplace.onboarding.domain.Seller;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A seller as the API shows it to themselves and to the admin: never the password hash. */
@JsonbPropertyOrder({"id", "email", "displayName", "country", "defaultCurrency", "chargeType", "accountType", "stripeAccountId", "onboarding"})
public record SellerResponse(long id, String email, String displayName, String country, String defaultCurrency, String chargeType,
                             String accountType, String stripeAccountId, Onboarding onboarding) {

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
    public record Onboarding(String status, boolean canSell, String summary, List<String> stillToDo, boolean detailsSubmitted,
                             boolean chargesEnabled, boolean payoutsEnabled, Capabilities capabilities, String disabledReason,
                             String disabledReasonDescription, List<DueItem> currentlyDue, List<DueItem> pastDue,
                             List<DueItem> eventuallyDue, List<DueItem> futureRequirements, Instant currentDeadline, boolean paused,
                             String pausedBecause, Instant disconnectedAt, Instant lastSyncedAt) {

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
    public record Capabilities(String cardPayments, String transfers) {
    }

    @JsonbPropertyOrder({"code", "description"})
    public record DueItem(String code, String description) {

        static List<DueItem> of(List<String> codes) {
            return codes.stream().map(code -> new DueItem(code, RequirementWording.requirement(code))).toList();
        }
    }
}
