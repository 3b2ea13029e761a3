package com.marketplace.web.it.pages.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.Browser;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.marketplace.web.it.support.TestPictures;
import java.awt.Color;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.Select;

/** A seller in a real browser (content security policy, CSRF field, defaults of the form as rendered). */
@ExtendWith(RunningMarketplace.class)
class SellerProductsBrowserIT {

    @Test
    void aSellerSignsInFromTheProductsPageAndAddsAProductInTheirOwnCurrency() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        URI base = RunningMarketplace.process().baseUri();
        String name = "Jug " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.start()) {
            browser.open(base.resolve("/seller/products")).waitUntilUrlContains("/login");
            browser.fill(By.id("email"), seller.email()).fill(By.id("password"), seller.password()).click(By.id("sign-in"));
            browser.waitFor(By.id("new-product"));
            assertEquals("eur", new Select(browser.find(By.id("product-currency"))).getFirstSelectedOption().getAttribute("value"),
                    "the seller's default currency is chosen");

            browser.fill(By.id("product-name"), name).fill(By.id("product-description"), "Hand thrown")
                    .fill(By.id("product-price"), "42.10").fill(By.id("product-stock"), "3").click(By.id("create-product"));

            assertTrue(browser.text(By.id("flash")).contains("Added " + name), "the flash confirms it");
            assertTrue(browser.text(By.id("products")).contains(name + " €42.10 3 Inactive"), browser.text(By.id("products")));
            browser.screenshot("seller-products");
        }
        assertEquals(4210, Shop.longValue("SELECT price_amount FROM products WHERE seller_id = ? AND name = ?", seller.id(), name));
    }

    @Test
    void aSellerUploadsAPictureWhichTheBrowserShowsOnTheShopUnderTheStrictContentPolicy() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long productId = Shop.product(seller, 1800, "eur", 2);
        URI base = RunningMarketplace.process().baseUri();
        try (Browser browser = Browser.start()) {
            browser.open(base.resolve("/seller/products/" + productId)).waitUntilUrlContains("/login");
            browser.fill(By.id("email"), seller.email()).fill(By.id("password"), seller.password()).click(By.id("sign-in"));
            browser.waitFor(By.id("no-image"));

            browser.find(By.id("image-file")).sendKeys(TestPictures.pngFile(Color.BLUE).toString());
            browser.click(By.id("upload-image"));

            assertTrue(browser.text(By.id("flash")).contains("is saved"), browser.text(By.id("flash")));
            assertEquals(64L, naturalWidth(browser, browser.waitFor(By.id("current-image"))), "the seller sees the picture drawn");
            browser.open(base.resolve("/shops/" + seller.id()));
            WebElement card = browser.waitFor(By.cssSelector("[data-product-id=\"" + productId + "\"] img"));
            assertEquals(64L, naturalWidth(browser, card), "the shop's card draws it: the policy allows this site's pictures");
            browser.screenshot("storefront-with-pictures");
        }
    }

    private static long naturalWidth(Browser browser, WebElement image) {
        return new WebDriverWait(browser.driver(), Browser.WAIT).until(driver -> {
            Object width = ((JavascriptExecutor) driver).executeScript("return arguments[0].complete ? arguments[0].naturalWidth : null;", image);
            return width == null ? null : ((Number) width).longValue();
        });
    }
}
