package com.marketplace.web.pages.buyer;

import com.marketplace.platform.buyers.application.BuyerRegistration;
import com.marketplace.platform.buyers.application.BuyerSignUp;
import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRefusal;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kernel.security.CallerPrincipals;
import com.marketplace.web.pages.account.NextPath;
import com.marketplace.web.pages.account.PageSessions;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A buyer creates their account: the same sign-up as {@code POST /api/buyers}, then they are signed
 * in and sent to their purchases (which already hold what they bought as a guest with this email),
 * or back to the page they came from ({@code next}, a path of this site: a shop they want to subscribe on).
 */
@WebServlet("/buyers/signup")
public class BuyerSignUpPage extends PageServlet {

    private static final Map<String, String> LABELS = Map.of("email", "Email", "password", "Password", "name", "Your name");

    @Inject
    BuyerRegistration registration;

    @Inject
    Validator validator;

    @Inject
    PageSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, HttpServletResponse.SC_OK, new BuyerSignUp("", "", ""), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BuyerSignUp entered = new BuyerSignUp(FormFields.trimmed(request, "email"), request.getParameter("password"), FormFields.trimmed(request, "name"));
        Set<ConstraintViolation<BuyerSignUp>> violations = validator.validate(entered);
        if (!violations.isEmpty()) {
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, entered, FormFields.problems(violations));
            return;
        }
        Buyer buyer;
        try {
            buyer = registration.register(entered);
        } catch (BuyerRefusal refused) {
            form(request, response, RefusalMapper.errorCodeOf(refused).status().getStatusCode(), entered, Map.of("email", refused.getMessage()));
            return;
        }
        sessions.signIn(request, CallerPrincipals.buyerName(buyer.id()));
        Optional<String> next = NextPath.of(request.getParameter("next"));
        Flash.set(request, "Welcome, " + buyer.name() + (next.isPresent() ? "." : ". Your purchases are listed here."));
        seeOther(response, next.orElse("/account"));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, BuyerSignUp entered,
                      Map<String, String> problems) throws IOException {
        List<String> listed = FormFields.listed(problems, LABELS);
        render(request, response, status, "Create your account", "buyer/signUp.jte", new BuyerSignUpView(CsrfTokens.tokenFor(request),
                listed, FormFields.orEmpty(entered.email()), FormFields.orEmpty(entered.name()), FormFields.orEmpty(request.getParameter("next"))));
    }
}
