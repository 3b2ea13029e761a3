package com.marketplace.web.pages.account;

import com.marketplace.onboarding.application.SellerRegistration;
import com.marketplace.onboarding.application.SellerSignUp;
import com.marketplace.onboarding.application.SupportedCountries;
import com.marketplace.onboarding.domain.EmailAlreadyRegistered;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.security.CallerPrincipals;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
        StringBuilder body = new StringBuilder();
        if (!problems.isEmpty()) {
            body.append("<div class=\"problem\" role=\"alert\" id=\"sign-up-errors\"><p>Please correct:</p><ul>")
                    .append(problems.entrySet().stream().map(p -> "<li>" + Html.escape(LABELS.getOrDefault(p.getKey(), p.getKey()))
                            + ": " + Html.escape(p.getValue()) + "</li>").collect(Collectors.joining()))
                    .append("</ul></div>");
        }
        body.append("<form method=\"post\" action=\"/signup\" class=\"stacked\">").append(csrfField(request))
                .append(input("email", "email", "Email", entered.email(), "autocomplete=\"username\""))
                .append(input("password", "password", "Password (at least 12 characters)", "", "autocomplete=\"new-password\" minlength=\"12\""))
                .append(input("displayName", "text", "Shop name", entered.displayName(), "maxlength=\"120\""))
                .append(select("country", "Country", countries(), entered.country()))
                .append(select("defaultCurrency", "Currency", currencies(), entered.defaultCurrency()))
                .append("<fieldset><legend>How payments are made</legend>")
                .append(radio("DIRECT", "Direct charges: payments are made on your Stripe account; the platform takes a fee",
                        entered.chargeType()))
                .append(radio("DESTINATION", "Destination charges: the platform takes payments and transfers your share",
                        entered.chargeType()))
                .append("</fieldset><button type=\"submit\" id=\"sign-up\">Create seller account</button></form>")
                .append("<p>Already selling here? <a href=\"/login\">Sign in</a>.</p>");
        render(request, response, status, "Sell with us", body.toString());
    }

    private static String input(String name, String type, String label, String value, String extra) {
        return "<label for=\"" + name + "\">" + Html.escape(label) + "</label><input id=\"" + name + "\" name=\"" + name
                + "\" type=\"" + type + "\" required " + extra + " value=\"" + Html.escape(value) + "\">";
    }

    private static String select(String name, String label, List<String> options, String selected) {
        return "<label for=\"" + name + "\">" + Html.escape(label) + "</label><select id=\"" + name + "\" name=\"" + name + "\">"
                + options.stream().map(option -> "<option value=\"" + Html.escape(option) + "\""
                        + (option.equalsIgnoreCase(selected) ? " selected" : "") + ">" + Html.escape(option.toUpperCase(Locale.ROOT))
                        + "</option>").collect(Collectors.joining())
                + "</select>";
    }

    private static String radio(String value, String label, String selected) {
        String id = "charge-type-" + value.toLowerCase(Locale.ROOT);
        return "<div class=\"choice\"><input type=\"radio\" name=\"chargeType\" id=\"" + id + "\" value=\"" + value + "\""
                + (value.equalsIgnoreCase(selected) ? " checked" : "") + "><label for=\"" + id + "\">" + Html.escape(label) + "</label></div>";
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
