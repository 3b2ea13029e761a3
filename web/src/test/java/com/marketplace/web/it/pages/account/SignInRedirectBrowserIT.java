package com.marketplace.web.it.pages.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.Browser;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in page's {@code next} in a real browser, because the browser is what turns a harmless
 * looking path into another host: Chromium drops the tab in {@code /\t/evil.example} and follows
 * {@code //evil.example}.
 */
@ExtendWith(RunningMarketplace.class)
class SignInRedirectBrowserIT {

    @Test
    void aNextThatABrowserWouldTurnIntoAnotherHostLeavesTheSellerOnThisSite() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        URI base = RunningMarketplace.process().baseUri();
        String next = URLEncoder.encode("/\t/evil.example", StandardCharsets.UTF_8);
        try (Browser browser = Browser.start()) {
            browser.open(base.resolve("/login?next=" + next));
            browser.fill(By.id("email"), seller.email()).fill(By.id("password"), seller.password()).click(By.id("sign-in"));
            new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

            URI landed = URI.create(browser.driver().getCurrentUrl());
            assertEquals(base.getHost(), landed.getHost(), "the browser left the marketplace for " + landed);
            assertEquals(base.getPort(), landed.getPort(), "the browser left the marketplace for " + landed);
            assertEquals("/seller", landed.getPath(), "the seller's default landing page");
        }
    }
}
