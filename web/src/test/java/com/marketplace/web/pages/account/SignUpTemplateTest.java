package com.marketplace.web.pages.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seller sign-up form, rendered from its template without a container. */
class SignUpTemplateTest {

    private static SignUpView view(List<String> problems, String email, String displayName, String chargeType) {
        return new SignUpView("tok", problems, email, displayName, List.of("DE", "FR", "US"), "FR", List.of("eur", "usd"), "eur", chargeType);
    }

    @Test
    void theCountryCurrencyAndChargeTypeChosenStaySelected() {
        String html = Views.render("account/signUp.jte", view(List.of(), "", "", "DESTINATION"));

        assertTrue(html.contains("<option value=\"FR\" selected>FR</option>"), html);
        assertTrue(html.contains("<option value=\"eur\" selected>EUR</option>"), html);
        assertTrue(html.contains("id=\"charge-type-destination\" value=\"DESTINATION\" checked>"), html);
        assertTrue(html.contains("id=\"charge-type-direct\" value=\"DIRECT\">"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/signup\" class=\"stacked\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
    }

    @Test
    void aRefusedSignUpShowsEachProblemAndWhatWasTypedAsTextButNeverThePassword() {
        String html = Views.render("account/signUp.jte", view(List.of("Email: must be a <valid> address", "Shop name: too long"),
                "a\"><script>alert(1)</script>", "<b>Shop</b>", "DIRECT"));

        assertFalse(html.contains("<script>") || html.contains("<b>"), html);
        assertTrue(html.contains("<li>Email: must be a &lt;valid&gt; address</li><li>Shop name: too long</li>"), html);
        assertTrue(html.contains("name=\"email\" type=\"email\" required autocomplete=\"username\" value=\"a&#34;>&lt;script>alert(1)&lt;/script>\""), html);
        assertTrue(html.contains("name=\"password\" type=\"password\" required autocomplete=\"new-password\" minlength=\"12\" value=\"\">"), html);
        assertTrue(html.contains("value=\"&lt;b>Shop&lt;/b>\""), html);
    }

    @Test
    void aFirstVisitShowsNoProblems() {
        assertFalse(Views.render("account/signUp.jte", view(List.of(), "", "", "DIRECT")).contains("sign-up-errors"));
    }
}
