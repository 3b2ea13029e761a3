package com.marketplace.web.pages.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in form, rendered from its template without a container. */
class SignInTemplateTest {

    @Test
    void aTypedEmailWithQuotesStaysInsideItsAttribute() {
        String html = Views.render("account/signIn.jte",
                new SignInView("token", "", "a\"><script>alert(1)</script>@example.com", Optional.empty()));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("value=\"a&#34;>&lt;script>alert(1)&lt;/script>@example.com\""), html);
    }

    @Test
    void aHostileNextPathStaysInsideTheHiddenField() {
        String html = Views.render("account/signIn.jte",
                new SignInView("token", "javascript:alert(1)\" autofocus onfocus=\"alert(2)", "", Optional.empty()));

        assertFalse(html.contains("onfocus=\"alert"), html);
        assertTrue(html.contains("name=\"next\" value=\"javascript:alert(1)&#34; autofocus onfocus=&#34;alert(2)\""), html);
    }

    @Test
    void aFailedAttemptShowsWhyAboveTheForm() {
        String html = Views.render("account/signIn.jte", new SignInView("token", "", "me@example.com", Optional.of("Wrong email or password.")));

        assertTrue(html.contains("<p class=\"problem\" role=\"alert\" id=\"sign-in-error\">Wrong email or password.</p>"), html);
        assertTrue(html.indexOf("sign-in-error") < html.indexOf("<form"), html);
    }

    @Test
    void theFormCarriesTheCsrfToken() {
        String html = Views.render("account/signIn.jte", new SignInView("t0k3n", "", "", Optional.empty()));

        assertTrue(html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"t0k3n\">"), html);
    }

    @Test
    void aFirstVisitShowsNoError() {
        assertFalse(Views.render("account/signIn.jte", new SignInView("t", "", "", Optional.empty())).contains("sign-in-error"));
    }

    @Test
    void theBuyerSignUpLinkGoesOnToTheSameNextPage() {
        String html = Views.render("account/signIn.jte", new SignInView("t", "/shops/3#plans", "", Optional.empty()));

        assertTrue(html.contains("<a href=\"/buyers/signup?next=%2Fshops%2F3%23plans\">Create an account</a>"), html);
    }
}
