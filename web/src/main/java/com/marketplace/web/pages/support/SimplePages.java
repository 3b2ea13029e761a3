package com.marketplace.web.pages.support;

import com.marketplace.web.views.Views;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A page without navigation, for answers given before any page code runs (the request filters). */
public final class SimplePages {

    private SimplePages() {
    }

    /** What such a page says. */
    public record SimplePage(String title, String message) {
    }

    public static void write(HttpServletResponse response, int status, String title, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Views.render("support/simplePage.jte", new SimplePage(title, message)));
    }
}
