package com.marketplace.web.it.pages.seller;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Download;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.TestPictures;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seller gives a product a picture through their product page (a multipart upload), and buyers
 * see it in the shop, over real HTTP against the running marketplace: which files are taken, how
 * the picture is served, and who may change or see it.
 */
@ExtendWith(RunningMarketplace.class)
class ProductPicturesIT {

    private static final Pattern IMAGE_SRC = Pattern.compile("src=\"(/products/\\d+/image\\?v=[0-9a-f]{64})\"");

    private static Registered potter;

    @BeforeAll
    static void aSellerWhoMaySell() throws Exception {
        potter = Shop.activeSeller("DIRECT");
    }

    @Test
    void anUploadedPngIsShownOnTheShopAndProductPagesAndServedAsItWasUploaded() {
        long bowl = product(potter, true);
        byte[] png = TestPictures.png(Color.BLUE);

        Page uploaded = upload(signedIn(potter), bowl, "bowl.png", "image/png", png);

        assertEquals(303, uploaded.status(), uploaded.body());
        String productPage = PageClient.forMarketplace().get("/products/" + bowl).body();
        String src = imageSrc(productPage);
        assertTrue(PageClient.forMarketplace().get("/shops/" + potter.id()).body().contains("src=\"" + src + "\""), "the shop's card shows it");
        Download picture = PageClient.forMarketplace().download(src);
        assertEquals(200, picture.status());
        assertArrayEquals(png, picture.body());
        assertEquals("image/png", picture.header("Content-Type").orElseThrow());
        assertEquals("nosniff", picture.header("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void theTypeServedIsReadFromTheBytesNotFromTheNameOrTheClaimedType() {
        long bowl = product(potter, true);
        byte[] jpeg = TestPictures.jpeg(Color.RED);

        assertEquals(303, upload(signedIn(potter), bowl, "bowl.png", "image/png", jpeg).status());

        Download picture = PageClient.forMarketplace().download(imageSrc(PageClient.forMarketplace().get("/products/" + bowl).body()));
        assertEquals("image/jpeg", picture.header("Content-Type").orElseThrow());
    }

    @Test
    void theVersionedAddressMayBeCachedForAYearAndIsRevalidatedByItsEtag() {
        long bowl = product(potter, true);
        upload(signedIn(potter), bowl, "bowl.png", "image/png", TestPictures.png(Color.GREEN));
        String src = imageSrc(PageClient.forMarketplace().get("/products/" + bowl).body());

        Download picture = PageClient.forMarketplace().download(src);
        String etag = picture.header("ETag").orElseThrow();

        assertEquals("public, max-age=31536000, immutable", picture.header("Cache-Control").orElseThrow());
        assertEquals("\"" + src.substring(src.indexOf("v=") + 2) + "\"", etag);
        Download again = PageClient.forMarketplace().download(src, "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals(0, again.body().length);
        assertEquals("no-cache", PageClient.forMarketplace().download("/products/" + bowl + "/image").header("Cache-Control").orElseThrow(),
                "an address without the version is checked every time");
    }

    @Test
    void aNewPictureGetsANewAddress() {
        long bowl = product(potter, true);
        PageClient browser = signedIn(potter);
        upload(browser, bowl, "first.png", "image/png", TestPictures.png(Color.BLUE));
        String first = imageSrc(PageClient.forMarketplace().get("/products/" + bowl).body());

        upload(browser, bowl, "second.png", "image/png", TestPictures.png(Color.ORANGE));

        String second = imageSrc(PageClient.forMarketplace().get("/products/" + bowl).body());
        assertFalse(first.equals(second), "a replaced picture is a new address, so no cache shows the old one");
        assertArrayEquals(TestPictures.png(Color.ORANGE), PageClient.forMarketplace().download(second).body());
    }

    @Test
    void aPageSavedAsPngIsRefusedWithTheReasonAndTheProductKeepsNoPicture() {
        long bowl = product(potter, true);
        byte[] page = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

        Page refused = upload(signedIn(potter), bowl, "photo.png", "image/png", page);

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("id=\"image-problem\" role=\"alert\">The file is not a JPEG, PNG or WebP picture"), refused.body());
        assertEquals(404, PageClient.forMarketplace().download("/products/" + bowl + "/image").status());
        assertFalse(PageClient.forMarketplace().get("/products/" + bowl).body().contains("product-image"));
    }

    @Test
    void aPictureOverTwoMegabytesIsRefusedNamingItsSizeAndTheOldPictureStays() {
        long bowl = product(potter, true);
        PageClient browser = signedIn(potter);
        byte[] kept = TestPictures.png(Color.BLUE);
        upload(browser, bowl, "small.png", "image/png", kept);
        byte[] large = Arrays.copyOf(TestPictures.jpeg(Color.RED), 3 * 1024 * 1024);

        Page refused = upload(browser, bowl, "large.jpg", "image/jpeg", large);

        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.body().contains("(3145728 bytes); a picture may be at most 2 MB"), refused.body());
        assertArrayEquals(kept, PageClient.forMarketplace().download("/products/" + bowl + "/image").body());
    }

    @Test
    void anUploadBeyondWhatTheServerReadsIsRefusedAndChangesNothing() {
        long bowl = product(potter, true);

        Page refused = upload(signedIn(potter), bowl, "huge.jpg", "image/jpeg", Arrays.copyOf(TestPictures.jpeg(Color.RED), 6 * 1024 * 1024));

        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.body().contains("at most 2 MB"), refused.body());
        assertEquals(404, PageClient.forMarketplace().download("/products/" + bowl + "/image").status());
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefused() {
        long bowl = product(potter, true);
        PageClient browser = signedIn(potter);
        browser.get("/seller/products/" + bowl);

        Page forged = browser.postFile("/seller/products/" + bowl + "/image", false, "image", "bowl.png", "image/png",
                TestPictures.png(Color.BLUE));

        assertEquals(403, forged.status(), forged.body());
        assertEquals(404, PageClient.forMarketplace().download("/products/" + bowl + "/image").status());
    }

    @Test
    void anotherSellerCannotChangeTheProductsPicture() throws Exception {
        long bowl = product(potter, true);
        Registered weaver = Shop.activeSeller("DIRECT");
        PageClient other = signedIn(weaver);
        other.get("/seller");

        Page refused = other.postFile("/seller/products/" + bowl + "/image", true, "image", "x.png", "image/png", TestPictures.png(Color.BLACK));

        assertEquals(404, refused.status(), refused.body());
        assertEquals(404, PageClient.forMarketplace().download("/products/" + bowl + "/image").status());
    }

    @Test
    void thePictureOfAProductNotOnSaleIsShownToItsSellerOnly() {
        long draft = product(potter, false);
        PageClient seller = signedIn(potter);
        upload(seller, draft, "draft.png", "image/png", TestPictures.png(Color.CYAN));

        String src = imageSrc(seller.get("/seller/products/" + draft).body());

        assertEquals(200, seller.download(src).status());
        assertEquals(404, PageClient.forMarketplace().download(src).status());
    }

    private static Page upload(PageClient browser, long product, String filename, String contentType, byte[] content) {
        browser.get("/seller/products/" + product);
        return browser.postFile("/seller/products/" + product + "/image", true, "image", filename, contentType, content);
    }

    private static String imageSrc(String html) {
        Matcher src = IMAGE_SRC.matcher(html);
        assertTrue(src.find(), "the page shows a picture: " + html);
        return src.group(1);
    }

    private static PageClient signedIn(Registered seller) {
        PageClient browser = PageClient.forMarketplace();
        Page signedIn = browser.signIn(seller.email(), seller.password());
        assertEquals(303, signedIn.status(), "sign-in: " + signedIn.body());
        return browser;
    }

    private static long product(Registered seller, boolean active) {
        Reply created = Sellers.post(seller, "/api/sellers/" + seller.id() + "/products",
                "{\"name\":\"Bowl\",\"priceAmount\":2450,\"currency\":\"eur\",\"stock\":3,\"active\":" + active + "}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
