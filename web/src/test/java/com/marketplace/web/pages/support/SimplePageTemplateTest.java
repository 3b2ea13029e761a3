package com.marketplace.web.pages.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.pages.support.SimplePages.SimplePage;
import com.marketplace.web.views.Views;
import org.junit.jupiter.api.Test;

/** The bare page the request filters answer with, rendered without a container. */
class SimplePageTemplateTest {

    @Test
    void theTitleAndMessageAreShownAsText() {
        String html = Views.render("support/simplePage.jte", new SimplePage("<b>Too many</b>", "Wait <script>alert(1)</script>"));

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("<title>&lt;b&gt;Too many&lt;/b&gt;</title>"), html);
        assertTrue(html.contains("<p class=\"problem\">Wait &lt;script&gt;alert(1)&lt;/script&gt;</p>"), html);
    }

    @Test
    void itLeadsBackToTheShop() {
        assertTrue(Views.render("support/simplePage.jte", new SimplePage("Not found", "There is no such page."))
                .contains("<a href=\"/\">Back to the shop</a>"));
    }

    @Test
    void theProblemPageShowsTheMessageAsText() {
        String html = Views.render("support/problem.jte", "Order <b>7</b> is not yours");

        assertTrue(html.contains("<p class=\"problem\" id=\"problem\">Order &lt;b&gt;7&lt;/b&gt; is not yours</p>"), html);
    }
}
