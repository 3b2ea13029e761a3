package com.marketplace.web.pages.seller;

import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.plans.application.NewPlan;
import com.marketplace.platform.plans.application.PlanEdit;
import com.marketplace.platform.plans.application.Plans;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanGatewayFailure;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanStatus;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.pages.support.PlanText;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * A seller's subscription plans: the list, a form to change each offered one, retire it, and add
 * a new one. The same commands and validation as the API ({@link Plans}, {@link NewPlan},
 * {@link PlanEdit}), with the price typed as an amount ("20.00") and turned into minor units.
 */
@WebServlet("/seller/plans")
public class SellerPlansPage extends PageServlet {

    private static final Logger LOG = Logger.getLogger(SellerPlansPage.class.getName());
    private static final Map<String, String> LABELS = Map.of("name", "Name", "description", "Description", "amount", "Price",
            "currency", "Currency", "interval", "Billed every", "trialDays", "Free trial", "form", "Plan");

    @Inject
    Plans plans;

    @Inject
    SellerQueries sellers;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        page(request, response, HttpServletResponse.SC_OK, seller.get(), emptyForm(seller.get(), request), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        try {
            switch (action) {
                case "create" -> create(request, response, seller.get());
                case "edit" -> edit(request, response, seller.get());
                case "retire" -> {
                    Plan retired = plans.retire(new PlanId(longParameter(request, "plan", "Plan")), caller());
                    Flash.set(request, "Retired " + retired.name() + ": buyers no longer see it; current subscribers keep their price.");
                    seeOther(response, "/seller/plans");
                }
                case "finish" -> {
                    Plan finished = plans.finish(new PlanId(longParameter(request, "plan", "Plan")), caller());
                    Flash.set(request, finished.name() + " is " + (finished.status() == PlanStatus.ACTIVE ? "offered now." : "retired."));
                    seeOther(response, "/seller/plans");
                }
                default -> problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "Unknown action.");
            }
        } catch (PlanGatewayFailure failure) {
            LOG.warning(failure.getMessage());
            problem(request, response, failure.isTransient() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_GATEWAY,
                    "Stripe could not take the plan just now. Buyers see nothing new; try again shortly.");
        }
    }

    private void create(HttpServletRequest request, HttpServletResponse response, SellerId seller) throws IOException {
        Typed typed = Typed.from(request);
        Map<String, String> problems = new HashMap<>(typed.unreadable());
        NewPlan command = new NewPlan(typed.name(), typed.description(), typed.amount(), typed.currency(), typed.interval(), typed.trialDays());
        validator.validate(command).forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!problems.isEmpty()) {
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, seller, typed.form("new-plan", 0, "Add plan", request), problems);
            return;
        }
        Plan created = plans.create(seller, command);
        Flash.set(request, "Added " + created.name() + ", offered on your shop's page now.");
        seeOther(response, "/seller/plans");
    }

    private void edit(HttpServletRequest request, HttpServletResponse response, SellerId seller) throws IOException {
        long id = longParameter(request, "plan", "Plan");
        Typed typed = Typed.from(request);
        Map<String, String> problems = new HashMap<>(typed.unreadable());
        PlanEdit command = new PlanEdit(typed.name(), typed.description(), typed.amount(), typed.currency(), typed.interval(),
                typed.trialDays());
        validator.validate(command).forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!problems.isEmpty()) {
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, seller, emptyForm(seller, request), problems);
            return;
        }
        Plan changed = plans.change(new PlanId(id), command, caller());
        Flash.set(request, "Saved " + changed.name() + ".");
        seeOther(response, "/seller/plans");
    }

    private PlanFormView emptyForm(SellerId seller, HttpServletRequest request) {
        return new PlanFormView("new-plan", 0, "Add plan", CsrfTokens.tokenFor(request), "", "", "", currencies(),
                sellers.seller(seller).defaultCurrency(), "month", "0");
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status, SellerId seller, PlanFormView newPlan,
                      Map<String, String> problems) throws IOException {
        String token = CsrfTokens.tokenFor(request);
        List<SellerPlansView.Row> rows = plans.plansOf(seller).stream().map(plan -> row(plan, token)).toList();
        List<ProductFormView.Problem> listed = problems.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(problem -> new ProductFormView.Problem(LABELS.getOrDefault(problem.getKey(), "Plan"), problem.getValue())).toList();
        render(request, response, status, "Your plans", "seller/plans.jte", new SellerPlansView(rows, newPlan, listed, token, seller.value()));
    }

    static SellerPlansView.Row row(Plan plan, String token) {
        Money amount = plan.pricing().amount();
        String typedAmount = BigDecimal.valueOf(amount.minorUnits(), amount.currency().minorUnitDigits()).toPlainString();
        PlanFormView form = new PlanFormView("plan-" + plan.id().value(), plan.id().value(), "Save " + plan.name(), token, plan.name(),
                plan.description(), typedAmount, currencies(), amount.currency().value(), plan.interval().value(),
                String.valueOf(plan.trialDays()));
        return new SellerPlansView.Row(plan.id().value(), plan.name(), plan.description(), PlanText.price(plan), PlanText.trial(plan.trialDays()),
                switch (plan.status()) {
                    case PENDING_STRIPE -> "pending";
                    case ACTIVE -> "active";
                    case RETIRED -> "retired";
                }, plan.status() == PlanStatus.ACTIVE, form);
    }

    private static List<String> currencies() {
        return SupportedCurrencies.CODES.stream().sorted().toList();
    }

    /** The form as typed: text until read; what cannot be read is named in {@code unreadable}. */
    private record Typed(String name, String description, String amountText, Long amount, String currency, String interval,
                         String trialText, Integer trialDays, Map<String, String> unreadable) {

        static Typed from(HttpServletRequest request) {
            Map<String, String> unreadable = new HashMap<>();
            String currency = Optional.ofNullable(trimmed(request, "currency")).map(value -> value.toLowerCase(Locale.ROOT)).orElse(null);
            String amountText = trimmed(request, "amount");
            Long amount = null;
            if (amountText != null && currency != null && SupportedCurrencies.isSupported(currency)) {
                OptionalLong parsed = MoneyText.parse(amountText, currency);
                if (parsed.isPresent()) {
                    amount = parsed.getAsLong();
                } else {
                    unreadable.put("amount", "must be an amount such as 20.00");
                }
            }
            String trialText = trimmed(request, "trialDays");
            Integer trialDays = null;
            if (trialText != null && !trialText.isEmpty()) {
                try {
                    trialDays = Integer.valueOf(trialText);
                } catch (NumberFormatException e) {
                    unreadable.put("trialDays", "must be a whole number of days");
                }
            }
            return new Typed(trimmed(request, "name"), trimmed(request, "description"), amountText, amount, currency,
                    trimmed(request, "interval"), trialText, trialDays, unreadable);
        }

        PlanFormView form(String idPrefix, long planId, String label, HttpServletRequest request) {
            return new PlanFormView(idPrefix, planId, label, CsrfTokens.tokenFor(request), orEmpty(name), orEmpty(description),
                    orEmpty(amountText), currencies(), orEmpty(currency), orEmpty(interval), orEmpty(trialText));
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }

        private static String trimmed(HttpServletRequest request, String name) {
            String value = request.getParameter(name);
            return value == null ? null : value.trim();
        }
    }
}
