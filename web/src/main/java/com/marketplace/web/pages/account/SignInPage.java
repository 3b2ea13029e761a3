package com.marketplace.web.pages.account;

import com.marketplace.platform.kernel.security.CallerPrincipals;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.ClientAddress;
import com.marketplace.web.security.CsrfTokens;
import com.marketplace.web.security.SignIn;
import com.marketplace.web.security.SignInOutcome;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Sign-in for admins, sellers and buyers alike; the identity store knows which one a person is. */
@WebServlet("/login")
public class SignInPage extends PageServlet {

    @Inject
    SignIn signIn;

    @Inject
    PageSessions sessions;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, HttpServletResponse.SC_OK, "", null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = request.getParameter("email") == null ? "" : request.getParameter("email").trim();
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        SignInOutcome outcome = signIn.attempt(email, password, clientAddress.of(request));
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            sessions.signIn(request, signedIn.principalName());
            seeOther(response, safeNext(request.getParameter("next"), signedIn.principalName()));
        } else if (outcome instanceof SignInOutcome.Throttled throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            form(request, response, 429, email, "Too many failed sign-ins. Try again in " + throttled.retryAfterSeconds() + " seconds.");
        } else {
            form(request, response, HttpServletResponse.SC_UNAUTHORIZED, email, "Wrong email or password.");
        }
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, String email, String error) throws IOException {
        String next = request.getParameter("next") == null ? "" : request.getParameter("next");
        render(request, response, status, "Sign in", "account/signIn.jte",
                new SignInView(CsrfTokens.tokenFor(request), next, email, Optional.ofNullable(error)));
    }

    private static String safeNext(String next, String principalName) {
        return NextPath.of(next).orElseGet(() -> {
            var groups = CallerPrincipals.groupsOf(principalName);
            return groups.contains(CallerPrincipals.ADMIN_GROUP) ? "/admin"
                    : groups.contains(CallerPrincipals.BUYER_GROUP) ? "/account" : "/seller";
        });
    }
}
