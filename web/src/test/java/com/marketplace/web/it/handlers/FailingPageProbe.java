package com.marketplace.web.it.handlers;

import com.marketplace.web.pages.support.PageServlet;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only: a page that fails as a bug would, with a message that must never reach the visitor. */
@WebServlet("/it/failing-page")
public class FailingPageProbe extends PageServlet {

    public static final String SECRET_IN_MESSAGE = "jdbc:mysql://db.internal/marketplace?password=probe-secret";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        // Headers a page had set before it failed must not survive into the incident page.
        response.setHeader("X-Probe-Half-Done", "yes");
        throw new IllegalStateException("probe failure talking to " + SECRET_IN_MESSAGE);
    }
}
