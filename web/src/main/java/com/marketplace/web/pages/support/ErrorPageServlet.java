package com.marketplace.web.pages.support;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.security.ErrorWriter;
import com.marketplace.web.security.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the whole application (web.xml's {@code <error-page>}): whatever the container
 * would otherwise answer with its own page (an unknown address, an exception outside the page
 * servlets, a filter's failure) is answered here instead, as the marketplace's page, or as the
 * API's JSON error under {@code /api}, always with the security headers. An exception becomes an
 * incident (see {@link Incidents}).
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    @Inject
    SecurityHeaders securityHeaders;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : request.getRequestURI();
        Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown ? thrown : null;
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        String message = messageFor(status);
        ErrorCode code = ErrorCode.forStatus(status);
        if (failure instanceof ApiException refused) {
            code = refused.code();
            status = code.status().getStatusCode();
            message = refused.getMessage();
        } else if (failure != null) {
            code = ErrorCode.INTERNAL_ERROR;
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            message = Incidents.message(Incidents.record(failure, request, path));
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        securityHeaders.apply(request, response);
        if (path.equals(request.getContextPath() + "/api") || path.startsWith(request.getContextPath() + "/api/")) {
            ErrorWriter.write(response, code, message);
        } else {
            SimplePages.write(response, status, titleFor(status), message);
        }
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Please check what you entered";
            case 401 -> "Please sign in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Not possible here";
            case 413 -> "Too much at once";
            case 429 -> "Too many attempts";
            default -> status >= 500 ? "Something went wrong" : "That did not work";
        };
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood.";
            case 401 -> "Please sign in to see this page.";
            case 403 -> "You may not see this page.";
            case 404 -> "There is no such page.";
            case 405 -> "This address does not accept that kind of request.";
            default -> status >= 500 ? "Something went wrong on our side. Please try again shortly." : "The request could not be served.";
        };
    }
}
