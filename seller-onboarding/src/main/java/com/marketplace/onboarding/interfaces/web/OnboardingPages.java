package com.marketplace.onboarding.interfaces.web;

import com.marketplace.onboarding.application.OnboardingLinks;
import com.marketplace.onboarding.domain.OnboardingLinkInvalid;
import com.marketplace.onboarding.domain.OnboardingRefused;
import com.marketplace.onboarding.domain.RequirementWording;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.CallerPrincipals;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.platform.sellers.OnboardingStatus;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where Stripe sends a seller's browser back: {@code refresh_url} mints a new onboarding link and
 * redirects to it (Stripe's answer to an expired or used link); {@code return_url} re-fetches the
 * account and tells the seller where they really stand. Both know the seller by the single-use
 * token in the URL, or else by their signed-in session; with neither (a week-old URL from a
 * browser's history), the page asks them to sign in, which brings them back here for a fresh link.
 */
public class OnboardingPages extends HttpServlet {

    /** Signed in, the seller comes back to the refresh URL, which then mints a link for their session. */
    static final String SIGN_IN_TO_CONTINUE = "/login?next=" + URLEncoder.encode(OnboardingLinks.REFRESH_PATH, StandardCharsets.UTF_8);

    @Inject
    OnboardingLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        Optional<SellerId> signedIn = CallerPrincipals.callerOf(request.getUserPrincipal()).seller();
        response.setHeader("Cache-Control", "no-store");
        // The token in this page's URL must not leak to the sites its links lead to.
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            if (request.getServletPath().equals(OnboardingLinks.REFRESH_PATH)) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", links.refresh(token, signedIn).toString());
                return;
            }
            Seller seller = links.returned(token, signedIn);
            page(response, HttpServletResponse.SC_OK, "Your payments setup", statusBody(seller));
        } catch (OnboardingLinkInvalid spent) {
            page(response, HttpServletResponse.SC_NOT_FOUND, "Onboarding", "<p id=\"link-spent\">" + Html.escape(spent.getMessage()) + "</p>"
                    + "<p><a id=\"sign-in-to-continue\" href=\"" + SIGN_IN_TO_CONTINUE + "\">Sign in to continue onboarding</a></p>");
        } catch (OnboardingRefused refused) {
            page(response, RefusalMapper.errorCodeOf(refused).status().getStatusCode(), "Onboarding",
                    "<p>" + Html.escape(refused.getMessage()) + "</p>");
        } catch (ApiException e) {
            problem(response, e);
        }
    }

    private void problem(HttpServletResponse response, ApiException e) throws IOException {
        page(response, e.code().status().getStatusCode(), "Onboarding", "<p>" + Html.escape(e.getMessage()) + "</p>");
    }

    private String statusBody(Seller seller) {
        List<String> toDo = RequirementWording.toDo(Stream.concat(seller.pastDue().stream(), seller.currentlyDue().stream()).toList());
        StringBuilder body = new StringBuilder()
                .append("<p id=\"onboarding-status\" data-status=\"").append(seller.status()).append("\"><strong>")
                .append(Html.escape(RequirementWording.status(seller.status()))).append("</strong></p>");
        seller.disabledReason().filter(reason -> seller.status() != OnboardingStatus.ACTIVE)
                .ifPresent(reason -> body.append("<p>").append(Html.escape(RequirementWording.disabledReason(reason))).append("</p>"));
        if (!toDo.isEmpty()) {
            body.append("<h2>Still to do</h2><ul id=\"still-to-do\">")
                    .append(toDo.stream().map(item -> "<li>" + Html.escape(item) + "</li>").collect(Collectors.joining()))
                    .append("</ul>");
        }
        if (seller.status() == OnboardingStatus.PENDING || seller.status() == OnboardingStatus.RESTRICTED) {
            body.append("<p><a id=\"continue-onboarding\" href=\"").append(Html.escape(links.continueUrl(seller.id()).toString()))
                    .append("\">Continue onboarding with Stripe</a></p>");
        }
        // The seller's pages need their session; signed out, /seller sends them to sign in and back.
        body.append("<p><a id=\"back-to-dashboard\" href=\"/seller\">Go to your seller dashboard</a></p>");
        return body.toString();
    }

    private static void page(HttpServletResponse response, int status, String title, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + Html.escape(title) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
                + "a{color:#0b4fbf}</style></head><body><main><h1>" + Html.escape(title) + "</h1>" + body + "</main></body></html>");
    }
}
