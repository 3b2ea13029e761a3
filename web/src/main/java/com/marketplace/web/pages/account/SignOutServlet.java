package com.marketplace.web.pages.account;

import com.marketplace.web.pages.support.Flash;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sign-out is a POST with the CSRF token, so another site cannot sign anyone out. */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    PageSessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        sessions.signOut(request);
        Flash.set(request, "You are signed out.");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/");
    }
}
