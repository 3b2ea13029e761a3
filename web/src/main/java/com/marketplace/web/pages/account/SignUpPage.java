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
import com.marketplace.web.pages.support.FormFields;
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
        SellerSignUp entered = new SellerSignUp(FormFields.trimmed(request, "email"), request.getParameter("password"),
                FormFields.trimmed(request, "displayName"), FormFields.trimmed(request, "country"), FormFields.trimmed(request, "defaultCurrency"),
                FormFields.trimmed(request, "chargeType"));
        Set<ConstraintViolation<SellerSignUp>> violations = validator.validate(entered);
        if (!violations.isEmpty()) {
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, entered, FormFields.problems(violations));
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
        List<String> listed = FormFields.listed(problems, LABELS);
        render(request, response, status, "Sell with us", "account/signUp.jte", new SignUpView(CsrfTokens.tokenFor(request), listed,
                FormFields.orEmpty(entered.email()), FormFields.orEmpty(entered.displayName()), countries(), FormFields.orEmpty(entered.country()), currencies(),
                FormFields.orEmpty(entered.defaultCurrency()), FormFields.orEmpty(entered.chargeType())));
    }

    private static List<String> countries() {
        return Arrays.stream(SupportedCountries.PATTERN.split("\\|")).sorted().toList();
    }

    private static List<String> currencies() {
        return SupportedCurrencies.CODES.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
