package com.marketplace.web.it.pages.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.CatalogRows;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A buyer searches the shop by words, narrows it to a currency, and browses one seller's shop, over
 * real HTTP against the running marketplace. Each run's products carry a word of their own, so the
 * searches find only them whatever else the shared database holds.
 */
@ExtendWith(RunningMarketplace.class)
class StorefrontSearchIT {

    private static final String WORD = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static Registered pottery;
    private static Registered weaver;
    private static long blueBowl;
    private static long redBowl;
    private static long blueRug;

    @BeforeAll
    static void twoShopsWithTheirProducts() throws Exception {
        pottery = Shop.activeSeller("DIRECT");
        weaver = Shop.activeSeller("DESTINATION");
        blueBowl = product(pottery, "Blue bowl " + WORD, "Stoneware, glazed", "eur");
        redBowl = product(pottery, "Red bowl " + WORD, "Stoneware", "usd");
        blueRug = product(weaver, "Rug " + WORD, "Hand-woven, BLUE wool", "eur");
    }

    @Test
    void everyWordMustAppearInTheNameOrTheDescriptionInAnyCase() {
        String page = search("?q=" + encode(WORD + " BLUE"));

        assertTrue(page.contains("data-product-id=\"" + blueBowl + "\""), page);
        assertTrue(page.contains("data-product-id=\"" + blueRug + "\""), "blue is in the rug's description: " + page);
        assertFalse(page.contains("data-product-id=\"" + redBowl + "\""), page);
    }

    @Test
    void aCurrencyNarrowsTheSearch() {
        String page = search("?q=" + encode(WORD) + "&currency=usd");

        assertTrue(page.contains("data-product-id=\"" + redBowl + "\""), page);
        assertFalse(page.contains("data-product-id=\"" + blueBowl + "\"") || page.contains("data-product-id=\"" + blueRug + "\""), page);
        assertTrue(page.contains("<option value=\"usd\" selected>USD</option>"), page);
    }

    @Test
    void aSellersShopShowsOnlyTheirProductsUnderTheirName() {
        Page shop = PageClient.forMarketplace().get("/shops/" + weaver.id() + "?q=" + encode(WORD));

        assertEquals(200, shop.status(), shop.body());
        assertTrue(shop.body().contains("data-product-id=\"" + blueRug + "\""), shop.body());
        assertFalse(shop.body().contains("data-product-id=\"" + blueBowl + "\""), shop.body());
        assertTrue(shop.body().contains("<form method=\"get\" action=\"/shops/" + weaver.id() + "\""), shop.body());
    }

    @Test
    void theProductPageLeadsToItsSellersShop() {
        Page product = PageClient.forMarketplace().get("/products/" + blueRug);

        assertTrue(product.body().contains("<a href=\"/shops/" + weaver.id() + "\">"), product.body());
    }

    @Test
    void aShopThatDoesNotExistIsNotFound() {
        assertEquals(404, PageClient.forMarketplace().get("/shops/999999999").status());
        assertEquals(404, PageClient.forMarketplace().get("/shops/not-a-shop").status());
    }

    @Test
    void wildcardsTypedInASearchAreTakenLiterally() {
        String page = search("?q=" + encode(WORD.substring(0, 4) + "%"));

        assertTrue(page.contains("id=\"no-results\""), page);
    }

    @Test
    void aSearchWithMarkupComesBackAsTextAndFindsNothing() {
        String page = search("?q=" + encode("\"><script>alert(1)</script>"));

        assertFalse(page.contains("<script>alert(1)"), page);
        assertTrue(page.contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\""), page);
        assertTrue(page.contains("id=\"no-results\""), page);
    }

    @Test
    void theMostRelevantProductComesFirstThenTheNewest() {
        String word = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long mentionsItOften = product(pottery, word + " jug, the " + word, word + " through and through: " + word + " " + word, "eur");
        long mentionsItOnce = product(pottery, "Plain jug " + word, "Stoneware", "eur");
        long alsoOnce = product(weaver, "Plain cloth " + word, "Linen", "eur");

        String page = search("?q=" + encode(word));

        int often = page.indexOf("data-product-id=\"" + mentionsItOften + "\"");
        int once = page.indexOf("data-product-id=\"" + mentionsItOnce + "\"");
        int newest = page.indexOf("data-product-id=\"" + alsoOnce + "\"");
        assertTrue(often >= 0 && once >= 0 && newest >= 0, page);
        assertTrue(often < newest && newest < once, "by relevance, then newest first: " + page);
    }

    @Test
    void inASearchOfSeveralWordsEachWordsWeightCounts() {
        String word = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long bothInTheName = product(pottery, word + " teal jug", "Stoneware", "eur");
        long oneInTheName = product(weaver, word + " cloth", "Teal linen", "eur");
        long onlyTheFirst = product(weaver, word + " rug", "Wool", "eur");

        String page = search("?q=" + encode(word + " teal"));

        int both = page.indexOf("data-product-id=\"" + bothInTheName + "\"");
        int one = page.indexOf("data-product-id=\"" + oneInTheName + "\"");
        assertTrue(both >= 0 && one >= 0, page);
        assertTrue(both < one, "two words in the name outweigh one, although newer: " + page);
        assertFalse(page.contains("data-product-id=\"" + onlyTheFirst + "\""), "every word must appear: " + page);
    }

    @Test
    void anOlderProductMoreRelevantThanThousandsOfNewerMatchesStillComesFirst() throws Exception {
        String first = "zw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String second = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long seller = Sellers.insertRow("ACTIVE");
        Sellers.keepReconcilerAway(seller); // its account exists nowhere: the reconciler must not judge it meanwhile
        long mostRelevant = CatalogRows.insertProduct(seller, first + " " + second + " " + second, 1500, "eur", 3, true);
        // More newer matches than a search of several words reads first, each less relevant.
        CatalogRows.insertProducts(seller, first + " " + second, 2_100);
        awaitIndexed(seller);

        String page = search("?q=" + encode(first + " " + second));

        Matcher firstCard = Pattern.compile("data-product-id=\"(\\d+)\"").matcher(page);
        assertTrue(firstCard.find(), page);
        assertEquals(mostRelevant, Long.parseLong(firstCard.group(1)), "the most relevant match leads, however many newer ones there are");
    }

    @Test
    void aRenamedProductIsFoundByItsNewNameAndNoLongerByItsOld() {
        String before = "zt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String after = "zu" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long jug = product(pottery, "Jug " + before, "Stoneware", "eur");

        Reply renamed = RunningMarketplace.api().request("PATCH", "/api/products/" + jug, "{\"name\":\"Jug " + after + "\"}",
                "Authorization", pottery.authorization());

        assertEquals(200, renamed.status(), renamed.body());
        assertTrue(search("?q=" + encode(after)).contains("data-product-id=\"" + jug + "\""));
        assertTrue(search("?q=" + encode(before)).contains("id=\"no-results\""), "the old name's word is gone from the index");
    }

    @Test
    void aProductWrittenAroundTheCatalogIsFoundOnceTheCatchUpHasIndexedIt() throws Exception {
        String word = "zv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long loaded = CatalogRows.insertProduct(pottery.id(), "Loaded vase " + word, 1500, "eur", 3, true);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String page = search("?q=" + encode(word));
        while (!page.contains("data-product-id=\"" + loaded + "\"") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            page = search("?q=" + encode(word));
        }

        assertTrue(page.contains("data-product-id=\"" + loaded + "\""), "a row inserted by SQL is indexed by the catch-up: " + page);
    }

    @Test
    void operatorsOfTheFullTextSyntaxAreTakenAsText() {
        String page = search("?q=" + encode("-" + WORD + " +bowl* \"blue"));

        assertTrue(page.contains("id=\"no-results\""), "no product holds \"-" + WORD + "\" as typed: " + page);
        assertTrue(search("?q=" + encode(WORD + " (blue)")).contains("id=\"no-results\""));
        assertTrue(search("?q=" + encode(WORD + " blue*")).contains("id=\"no-results\""));
    }

    private static void awaitIndexed(long seller) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Shop.longValue("SELECT COUNT(*) FROM products WHERE seller_id = ? AND words_indexed = FALSE", seller) > 0) {
            assertTrue(Instant.now().isBefore(deadline), "the catch-up indexed the inserted products within 30 s");
            Thread.sleep(200);
        }
    }

    private static String search(String query) {
        Page page = PageClient.forMarketplace().get("/" + query);
        assertEquals(200, page.status(), page.body());
        return page.body();
    }

    private static long product(Registered seller, String name, String description, String currency) {
        Reply created = Sellers.post(seller, "/api/sellers/" + seller.id() + "/products", "{\"name\":\"" + name + "\",\"description\":\""
                + description + "\",\"priceAmount\":1500,\"currency\":\"" + currency + "\",\"stock\":3,\"active\":true}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
