package com.marketplace.web.pages.support;

import com.marketplace.platform.kernel.web.Html;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A page without navigation, for answers given before any page code runs (the request filters). */
public final class SimplePages {

    private SimplePages() {
    }

    public static void write(HttpServletResponse response, int status, String title, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + Html.escape(title)
                + "</title><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body><main id=\"main\"><h1>" + Html.escape(title)
                + "</h1><p class=\"problem\">" + Html.escape(message) + "</p><p><a href=\"/\">Back to the shop</a></p></main></body></html>");
    }
}
