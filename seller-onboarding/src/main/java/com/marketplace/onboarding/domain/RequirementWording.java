package com.marketplace.onboarding.domain;

import com.marketplace.platform.sellers.OnboardingStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stripe's requirement codes and disabled reasons in words a seller understands. Codes are
 * matched most specific first; an unknown code is still shown, spelled out, so nothing due is hidden.
 */
public final class RequirementWording {

    // Most specific first: the first prefix that matches wins.
    private static final Map<String, String> REQUIREMENTS = new LinkedHashMap<>();

    static {
        REQUIREMENTS.put("external_account", "Add the bank account your payouts go to");
        REQUIREMENTS.put("tos_acceptance.", "Accept Stripe's services agreement");
        REQUIREMENTS.put("business_type", "Say whether you sell as an individual or a company");
        REQUIREMENTS.put("business_profile.url", "Give your website or a page describing what you sell");
        REQUIREMENTS.put("business_profile.mcc", "Choose the category of your business");
        REQUIREMENTS.put("business_profile.product_description", "Describe what you sell");
        REQUIREMENTS.put("business_profile.", "Complete your business profile");
        REQUIREMENTS.put("individual.verification.additional_document", "Upload a document proving your address");
        REQUIREMENTS.put("individual.verification.document", "Upload an identity document (passport, ID card or driving licence)");
        REQUIREMENTS.put("individual.dob.", "Enter your date of birth");
        REQUIREMENTS.put("individual.address.", "Enter your home address");
        REQUIREMENTS.put("individual.first_name", "Enter your legal name");
        REQUIREMENTS.put("individual.last_name", "Enter your legal name");
        REQUIREMENTS.put("individual.email", "Enter your email address");
        REQUIREMENTS.put("individual.phone", "Enter your phone number");
        REQUIREMENTS.put("individual.id_number", "Enter your national identity number");
        REQUIREMENTS.put("individual.ssn_last_4", "Enter the last 4 digits of your Social Security number");
        REQUIREMENTS.put("individual.", "Complete your personal details");
        REQUIREMENTS.put("company.verification.document", "Upload a company registration document");
        REQUIREMENTS.put("company.tax_id", "Enter your company's tax id");
        REQUIREMENTS.put("company.", "Complete your company's details");
        REQUIREMENTS.put("representative.", "Add the person who represents your company");
        REQUIREMENTS.put("owners.", "Add your company's owners");
        REQUIREMENTS.put("directors.", "Add your company's directors");
        REQUIREMENTS.put("executives.", "Add your company's executives");
        REQUIREMENTS.put("settings.payments.statement_descriptor", "Choose how your business appears on card statements");
    }

    private RequirementWording() {
    }

    public static String requirement(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> wording : REQUIREMENTS.entrySet()) {
            String prefix = wording.getKey();
            if (prefix.endsWith(".") ? lower.startsWith(prefix) : lower.equals(prefix) || lower.startsWith(prefix + ".")) {
                return wording.getValue();
            }
        }
        return "Provide " + spelledOut(lower);
    }

    /** The distinct things to do for a list of codes, in Stripe's order. */
    public static List<String> toDo(List<String> codes) {
        return codes.stream().map(RequirementWording::requirement).distinct().toList();
    }

    public static String disabledReason(String reason) {
        return switch (reason) {
            case "requirements.past_due" -> "Stripe has paused payments or payouts until the information due is provided";
            case "requirements.pending_verification" -> "Stripe is checking the information you gave; this usually takes minutes to a few days";
            case "rejected.fraud" -> "Stripe rejected this account because it suspects fraud";
            case "rejected.terms_of_service" -> "Stripe rejected this account for breaking its terms of service";
            case "rejected.listed" -> "Stripe rejected this account because it appears on a prohibited list";
            case "rejected.other", "rejected.incomplete_verification" -> "Stripe rejected this account";
            case "listed" -> "Stripe is reviewing whether this account appears on a prohibited list";
            case "under_review" -> "Stripe is reviewing this account";
            case "platform_paused" -> "The marketplace has paused this account";
            case "action_required.requested_capabilities" -> "Stripe needs you to accept or decline the payment methods requested for you";
            default -> reason.startsWith("rejected.") ? "Stripe rejected this account" : "Stripe has disabled this account (" + reason + ")";
        };
    }

    public static String status(OnboardingStatus status) {
        return switch (status) {
            case PENDING -> "You have not finished setting up payments with Stripe yet. Continue onboarding to start selling.";
            case RESTRICTED -> "Stripe needs more from you before you can take payments or receive payouts. Your products are not on sale meanwhile.";
            case ACTIVE -> "You can sell: payments and payouts are enabled.";
            case REJECTED -> "Stripe rejected your account. Your products have been withdrawn from sale.";
            case DISCONNECTED -> "You disconnected your Stripe account from the marketplace. Your products and plans are withdrawn;"
                    + " your orders stay readable here.";
        };
    }

    private static String spelledOut(String code) {
        return code.replace('_', ' ').replace(".", " > ");
    }
}
