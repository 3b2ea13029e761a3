package com.marketplace.web.pages.seller;

import java.util.List;

/**
 * A seller's subscription plans, each with its edit and retire forms, and the form for a new one.
 * {@code problems} are what the last submitted form got wrong, named as the form labels them;
 * {@code sellerId} names the shop's page, where buyers subscribe (the link a seller shares).
 */
public record SellerPlansView(List<Row> plans, PlanFormView newPlan, List<ProductFormView.Problem> problems, String csrfToken, long sellerId) {

    public SellerPlansView {
        plans = List.copyOf(plans);
        problems = List.copyOf(problems);
    }

    public String shopHref() {
        return "/shops/" + sellerId + "#plans";
    }

    /**
     * One plan: its price written for people ("€20.00 / month"), its trial ("14 days free", or ""),
     * its status, and, while it is offered, the form to change it.
     */
    public record Row(long id, String name, String description, String price, String trial, String status, boolean active,
                      PlanFormView form) {

        /** Stripe failed while it was being published: it waits, hidden from buyers, until finished. */
        public boolean pending() {
            return "pending".equals(status);
        }
    }
}
