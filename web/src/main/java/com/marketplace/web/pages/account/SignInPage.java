package com.marketplace.web.pages.account;

import com.marketplace.platform.kernel.security.CallerPrincipals;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.ClientAddress;
import com.marketplace.web.security.SignIn;
import com.marketplace.web.security.SignInOutcome;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sign-in for admins and sellers alike; the identity store knows which one a person is. */
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
        render(request, response, status, "Sign in", (error == null ? "" : "<p class=\"problem\" role=\"alert\" id=\"sign-in-error\">"
                + Html.escape(error) + "</p>")
                + "<form method=\"post\" action=\"/login\" class=\"stacked\">" + csrfField(request)
                + "<input type=\"hidden\" name=\"next\" value=\"" + Html.escape(next) + "\">"
                + "<label for=\"email\">Email</label><input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required value=\""
                + Html.escape(email) + "\">"
                + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\""
                + " autocomplete=\"current-password\" required>"
                + "<button type=\"submit\" id=\"sign-in\">Sign in</button></form>"
                + "<p>New seller? <a href=\"/signup\">Create a seller account</a>.</p>");
    }

    private static String safeNext(String next, String principalName) {
        return NextPath.of(next).orElseGet(() ->
                CallerPrincipals.groupsOf(principalName).contains(CallerPrincipals.ADMIN_GROUP) ? "/admin" : "/seller");
    }
}
