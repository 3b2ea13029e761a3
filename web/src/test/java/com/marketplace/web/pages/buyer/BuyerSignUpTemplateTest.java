package com.marketplace.web.pages.buyer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The buyer sign-up form, rendered from its template without a container. */
class BuyerSignUpTemplateTest {

    @Test
    void theFormPostsToTheBuyersSignUpWithItsCsrfToken() {
        String html = Views.render("buyer/signUp.jte", new BuyerSignUpView("tok", List.of(), "", ""));

        assertTrue(html.contains("<form method=\"post\" action=\"/buyers/signup\" class=\"stacked\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertTrue(html.contains("<label for=\"name\">Your name</label>"), html);
        assertTrue(html.contains("<a href=\"/signup\">Create a seller account</a>"), html);
        assertFalse(html.contains("sign-up-errors"), html);
    }

    @Test
    void aRefusedSignUpSaysWhyAndShowsWhatWasTypedAsTextButNeverThePassword() {
        String html = Views.render("buyer/signUp.jte", new BuyerSignUpView("tok",
                List.of("Email: This email already has an account here (as a buyer or a seller); sign in instead"),
                "a\"><script>alert(1)</script>", "<b>Ada</b>"));

        assertFalse(html.contains("<script>") || html.contains("<b>"), html);
        assertTrue(html.contains("<div class=\"problem\" role=\"alert\" id=\"sign-up-errors\"><p>Please correct:</p><ul>"
                + "<li>Email: This email already has an account here (as a buyer or a seller); sign in instead</li></ul></div>"), html);
        assertTrue(html.contains("value=\"a&#34;>&lt;script>alert(1)&lt;/script>\""), html);
        assertTrue(html.contains("name=\"password\" type=\"password\" required autocomplete=\"new-password\" minlength=\"12\" value=\"\">"), html);
        assertTrue(html.contains("value=\"&lt;b>Ada&lt;/b>\""), html);
    }

    @Test
    void aSignUpOnTheWayToSubscribingCarriesWhereToGoBackAsAValue() {
        String html = Views.render("buyer/signUp.jte", new BuyerSignUpView("tok", List.of(), "", "", "/shops/3\"><script>alert(1)</script>"));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"next\" value=\"/shops/3&#34;>&lt;script>alert(1)&lt;/script>\">"), html);
    }

    @Test
    void aSignUpGoingNowhereInParticularHasNoNextField() {
        assertFalse(Views.render("buyer/signUp.jte", new BuyerSignUpView("tok", List.of(), "", "")).contains("name=\"next\""));
    }
}
