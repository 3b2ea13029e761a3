package com.marketplace.web.pages.account;

import com.marketplace.onboarding.application.SellerRegistration;
import com.marketplace.onboarding.application.SellerSignUp;
import com.marketplace.onboarding.application.SupportedCountries;
import com.marketplace.onboarding.domain.EmailAlreadyRegistered;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.security.CallerPrincipals;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A seller creates their account: the same registration as {@code POST /api/sellers} (same
 * validation, same Stripe connected account), then they are signed in and sent to their dashboard,
 * where onboarding with Stripe continues.
 */
@WebServlet("/signup")
public class SignUpPage extends PageServlet {

    private static final Map<String, String> LABELS = Map.of(
            "email", "Email", "password", "Password", "displayName", "Shop name", "country", "Country",
            "defaultCurrency", "Currency", "chargeType", "How payments are made");

    @Inject
    SellerRegistration registration;

    @Inject
    Validator validator;

    @Inject
    PageSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, HttpServletResponse.SC_OK, new SellerSignUp("", "", "", "US", "usd", "DIRECT"), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SellerSignUp entered = new SellerSignUp(trimmed(request, "email"), request.getParameter("password"),
                trimmed(request, "displayName"), trimmed(request, "country"), trimmed(request, "defaultCurrency"),
                trimmed(request, "chargeType"));
        Set<ConstraintViolation<SellerSignUp>> violations = validator.validate(entered);
        if (!violations.isEmpty()) {
            Map<String, String> problems = new TreeMap<>();
            violations.forEach(v -> problems.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b));
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, entered, problems);
            return;
        }
        Seller seller;
        try {
            seller = registration.register(entered);
        } catch (EmailAlreadyRegistered taken) {
            form(request, response, RefusalMapper.errorCodeOf(taken).status().getStatusCode(), entered, Map.of("email", taken.getMessage()));
            return;
        }
        sessions.signIn(request, CallerPrincipals.sellerName(seller.id()));
        Flash.set(request, "Welcome, " + seller.displayName() + ". Next: set up payments with Stripe.");
        seeOther(response, "/seller");
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, SellerSignUp entered,
                      Map<String, String> problems) throws IOException {
        List<String> listed = problems.entrySet().stream()
                .map(problem -> LABELS.getOrDefault(problem.getKey(), problem.getKey()) + ": " + problem.getValue()).toList();
        render(request, response, status, "Sell with us", "account/signUp.jte", new SignUpView(CsrfTokens.tokenFor(request), listed,
                orEmpty(entered.email()), orEmpty(entered.displayName()), countries(), orEmpty(entered.country()), currencies(),
                orEmpty(entered.defaultCurrency()), orEmpty(entered.chargeType())));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<String> countries() {
        return Arrays.stream(SupportedCountries.PATTERN.split("\\|")).sorted().toList();
    }

    private static List<String> currencies() {
        return SupportedCurrencies.CODES.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static String trimmed(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? null : value.trim();
    }
}
