package com.marketplace.web.pages.support;

import com.marketplace.platform.kernel.error.Refusal;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.web.security.CsrfTokens;
import com.marketplace.web.security.SecurityHeaders;
import com.marketplace.web.views.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What every page servlet shares: rendering inside the layout, redirects, the access checks, and
 * the translation of the application's refusals ({@link Refusal}, and the pages' own {@link ApiException}) into a page with
 * the same
 * HTTP status and message the API would give (and of any other failure into the incident page).
 */
public abstract class PageServlet extends HttpServlet {

    @Inject
    protected CurrentCaller currentCaller;

    @Inject
    PageLayout layout;

    @Inject
    SecurityHeaders securityHeaders;

    /**
     * A refusal becomes a page with the API's status and message; anything else unexpected becomes
     * the incident page (500), never the server's own error page. Either answer starts from a reset
     * response, so the security headers are put back.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (ApiException refused) {
            refuse(request, response, refused, refused.code(), refused.getMessage());
        } catch (Refusal refused) {
            refuse(request, response, refused, RefusalMapper.errorCodeOf(refused), refused.getMessage());
        } catch (Throwable unexpected) {
            if (response.isCommitted()) {
                throw unexpected;
            }
            String incident = Incidents.record(unexpected, request, request.getRequestURI());
            restart(request, response);
            problem(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Incidents.message(incident));
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RuntimeException thrown, ErrorCode code, String message)
            throws IOException {
        if (response.isCommitted()) {
            throw thrown;
        }
        restart(request, response);
        problem(request, response, code.status().getStatusCode(), message);
    }

    private void restart(HttpServletRequest request, HttpServletResponse response) {
        response.reset();
        securityHeaders.apply(request, response);
    }

    protected Caller caller() {
        return currentCaller.get();
    }

    protected void render(HttpServletRequest request, HttpServletResponse response, int status, String title, String content)
            throws IOException {
        send(request, response, status, layout.render(request, caller(), title, content));
    }

    /** The page's template ({@code "shop/storefront.jte"}) with its view model, inside the layout. */
    protected void render(HttpServletRequest request, HttpServletResponse response, int status, String title, String template,
                          Object view) throws IOException {
        send(request, response, status, layout.render(request, caller(), title, output -> Views.renderTo(template, view, output)));
    }

    protected void render(HttpServletRequest request, HttpServletResponse response, String title, String template, Object view)
            throws IOException {
        render(request, response, HttpServletResponse.SC_OK, title, template, view);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // The page's forms may carry an anonymous CSRF token issued just now: its cookie goes with the page.
        CsrfTokens.sendIssuedCookie(request, response);
        response.getWriter().write(page);
    }

    protected void render(HttpServletRequest request, HttpServletResponse response, String title, String content) throws IOException {
        render(request, response, HttpServletResponse.SC_OK, title, content);
    }

    protected void problem(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        String title = switch (status) {
            case 400 -> "Please check what you entered";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "That cannot be done now";
            case 429 -> "Too many attempts";
            default -> status >= 500 ? "Something went wrong" : "That did not work";
        };
        render(request, response, status, title, "support/problem.jte", message);
    }

    /** After a successful post: the browser fetches {@code path} with GET (post, redirect, get). */
    protected static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }

    /**
     * The signed-in seller, or empty after answering: anonymous visitors are sent to sign in
     * (302, coming back here afterwards), an admin is told this page is for sellers (403).
     */
    protected Optional<SellerId> requireSeller(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = caller();
        if (caller.isSeller()) {
            return caller.seller();
        }
        if (caller.isAnonymous()) {
            toSignIn(request, response);
        } else {
            problem(request, response, HttpServletResponse.SC_FORBIDDEN, "This page is for sellers.");
        }
        return Optional.empty();
    }

    /**
     * The signed-in buyer, or empty after answering: anonymous visitors are sent to sign in (302,
     * coming back here afterwards), sellers and admins, who have no buyer account, get 403.
     */
    protected Optional<BuyerId> requireBuyer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = caller();
        if (caller.isBuyer()) {
            return caller.buyer();
        }
        if (caller.isAnonymous()) {
            toSignIn(request, response);
        } else {
            problem(request, response, HttpServletResponse.SC_FORBIDDEN, "This page is for buyers; you are signed in as a seller or an admin.");
        }
        return Optional.empty();
    }

    /** True for an admin; otherwise answers: anonymous visitors sign in first (302), sellers get 403. */
    protected boolean requireAdmin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = caller();
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.isAnonymous()) {
            toSignIn(request, response);
        } else {
            problem(request, response, HttpServletResponse.SC_FORBIDDEN, "Only an admin may see this page.");
        }
        return false;
    }

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A POST cannot be resumed after signing in; its page can.
        String back = "GET".equals(request.getMethod()) ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : request.getRequestURI();
        response.sendRedirect("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    /** A required whole number from a form or query; a clear 400 naming the field otherwise. */
    protected static long longParameter(HttpServletRequest request, String name, String label) {
        String value = request.getParameter(name);
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, label + " must be a whole number");
        }
    }

    /** The numeric id at the end of the path ({@code /seller/products/42}); 404 when there is none. */
    protected static long idFromPath(HttpServletRequest request) {
        String info = request.getPathInfo();
        String id = info == null ? "" : info.replaceFirst("^/", "").replaceFirst("/.*$", "");
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
    }
}
