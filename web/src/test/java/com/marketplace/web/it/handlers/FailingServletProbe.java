package com.marketplace.web.it.handlers;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only: a plain servlet (not a page) that fails, so the container's own error handling is what answers. */
@WebServlet("/it/failing-servlet")
public class FailingServletProbe extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException("probe failure outside the pages: " + FailingPageProbe.SECRET_IN_MESSAGE);
    }
}
