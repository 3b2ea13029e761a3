package com.marketplace.web.pages.support;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.config.MarketplaceMode;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.security.CsrfTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The frame around every page: the sandbox banner, navigation for who is signed in, a one-time
 * message, and the page's own content. Styles come from {@code /static/site.css} only: the
 * content security policy allows no inline style or script.
 */
@ApplicationScoped
public class PageLayout {

    @Inject
    MarketplaceConfig config;

    public String render(HttpServletRequest request, Caller caller, String title, String content) {
        StringBuilder page = new StringBuilder(4096)
                .append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append(" · Marketplace</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>")
                .append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>");
        if (config.mode() == MarketplaceMode.SANDBOX) {
            page.append("<div class=\"sandbox-banner\" id=\"sandbox-banner\" role=\"note\"><strong>Sandbox mode.</strong> ")
                    .append("No real money moves: payments and onboarding run on the local Stripe sandbox.</div>");
        }
        page.append("<header class=\"site-header\"><a class=\"brand\" href=\"/\">Marketplace</a>")
                .append("<nav aria-label=\"Main\"><ul>").append(navigation(request, caller)).append("</ul></nav></header>")
                .append("<main id=\"main\"><h1>").append(Html.escape(title)).append("</h1>");
        Flash.take(request).ifPresent(message ->
                page.append("<p class=\"flash\" role=\"status\" id=\"flash\">").append(Html.escape(message)).append("</p>"));
        return page.append(content).append("</main><footer class=\"site-footer\"><p>Payments by Stripe. ")
                .append("Card details are entered on Stripe's pages and never reach this site.</p></footer></body></html>")
                .toString();
    }

    private static String navigation(HttpServletRequest request, Caller caller) {
        StringBuilder links = new StringBuilder().append(link("/", "Shop"));
        if (caller.isSeller()) {
            links.append(link("/seller", "Dashboard")).append(link("/seller/products", "Products")).append(link("/seller/orders", "Orders"));
        } else if (caller.isAdmin()) {
            links.append(link("/admin", "Overview")).append(link("/admin/fees", "Fees")).append(link("/admin/sellers", "Sellers"))
                    .append(link("/admin/orders", "Orders")).append(link("/admin/webhooks", "Webhooks"));
        }
        if (caller.isAnonymous()) {
            return links.append(link("/login", "Sign in")).append(link("/signup", "Sell with us")).toString();
        }
        return links.append("<li><form method=\"post\" action=\"/logout\" class=\"inline\">").append(csrfField(request))
                .append("<button type=\"submit\" class=\"link-button\" id=\"sign-out\">Sign out</button></form></li>").toString();
    }

    private static String link(String href, String label) {
        return "<li><a href=\"" + href + "\">" + Html.escape(label) + "</a></li>";
    }

    /** The hidden field every state-changing form carries (see the CSRF filter). */
    public static String csrfField(HttpServletRequest request) {
        return "<input type=\"hidden\" name=\"" + CsrfTokens.FIELD + "\" value=\"" + Html.escape(CsrfTokens.tokenFor(request)) + "\">";
    }
}
