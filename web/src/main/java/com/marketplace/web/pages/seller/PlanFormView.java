package com.marketplace.web.pages.seller;

import java.util.List;

/**
 * A plan form as {@code seller/planForm.jte} draws it. {@code idPrefix} keeps the ids of several
 * forms on one page apart ({@code new-plan}, {@code plan-7}); {@code planId} is 0 for a new plan.
 */
public record PlanFormView(String idPrefix, long planId, String submitLabel, String csrfToken, String name, String description,
                           String amount, List<String> currencies, String currency, String interval, String trialDays) {

    public PlanFormView {
        currencies = List.copyOf(currencies);
    }

    public boolean isNew() {
        return planId == 0;
    }
}
