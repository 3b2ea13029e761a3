package com.marketplace.web.it.pages.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seller's own pages: dashboard and Stripe links, products, orders and refunds, and who may reach them. */
@ExtendWith(RunningMarketplace.class)
class SellerPagesIT {

    @Test
    void anAnonymousVisitorIsSentToSignInAndBackToTheDashboard() {
        Page page = PageClient.forMarketplace().get("/seller");

        assertEquals(302, page.status(), page.body());
        assertTrue(page.location().endsWith("/login?next=%2Fseller"), page.location());
    }

    @Test
    void anAdminIsRefusedTheSellerDashboard() {
        PageClient admin = PageClient.forMarketplace();
        assertEquals(303, admin.signIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD).status());

        Page page = admin.get("/seller");

        assertEquals(403, page.status(), page.body());
    }

    @Test
    void aNewSellerSeesInWordsThatOnboardingIsUnfinishedAndCanContinueIt() {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = signedIn(seller);

        Page dashboard = browser.get("/seller");

        assertEquals(200, dashboard.status(), dashboard.body());
        assertTrue(dashboard.body().contains("id=\"onboarding-status\" data-status=\"PENDING\""), dashboard.body());
        assertTrue(dashboard.body().contains("You have not finished setting up payments with Stripe yet."), dashboard.body());
        assertTrue(dashboard.body().contains("Add the bank account your payouts go to"), "what is still due: " + dashboard.body());
        assertTrue(dashboard.body().contains("id=\"continue-onboarding\""), dashboard.body());
        assertFalse(dashboard.body().contains("id=\"open-dashboard\""), "no Express dashboard before details are submitted");
    }

    @Test
    void continuingOnboardingLeadsToTheSandboxsHostedOnboardingPage() {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = signedIn(seller);
        browser.get("/seller");

        Page link = browser.post("/seller/onboarding-link");

        assertEquals(303, link.status(), link.body());
        assertTrue(link.location().contains("/hosted/onboarding/"), link.location());
        assertEquals(200, RunningMarketplace.stripe().get(link.location()).status(), "the onboarding page opens");
    }

    @Test
    void theOnboardingReturnPageLeadsBackToTheDashboardWhichShowsTheSellerActive() throws Exception {
        Registered seller = Sellers.register("DESTINATION");
        PageClient browser = signedIn(seller);
        browser.get("/seller");
        String link = browser.post("/seller/onboarding-link").location();
        SandboxStripe stripe = RunningMarketplace.stripe();
        SandboxStripe.Raw submitted = stripe.postForm(link, "outcome", "complete", "business_name", "Atelier", "business_type", "individual");
        assertEquals(303, submitted.status(), submitted.body());

        SandboxStripe.Raw returned = stripe.get(submitted.location());

        assertEquals(200, returned.status(), returned.body());
        assertTrue(returned.body().contains("<a id=\"back-to-dashboard\" href=\"/seller\">Go to your seller dashboard</a>"), returned.body());
        Sellers.awaitStatus(seller, "ACTIVE");
        Page dashboard = browser.get("/seller");
        assertTrue(dashboard.body().contains("data-status=\"ACTIVE\""), dashboard.body());
        assertTrue(dashboard.body().contains("id=\"open-dashboard\""), dashboard.body());
        assertFalse(dashboard.body().contains("id=\"continue-onboarding\""), dashboard.body());
    }

    @Test
    void aSellerCreatesAProductThroughTheFormAtTheExactPriceTyped() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = signedIn(seller);
        String name = "Teapot " + UUID.randomUUID();
        browser.get("/seller/products");

        Page created = browser.post("/seller/products", "name", name, "description", "Celadon glaze", "price", "15.50",
                "currency", "eur", "stock", "4");

        assertEquals(303, created.status(), created.body());
        long productId = Shop.longValue("SELECT id FROM products WHERE seller_id = ? AND name = ?", seller.id(), name);
        Page list = browser.get("/seller/products");
        assertTrue(list.body().contains("data-product-id=\"" + productId + "\""), list.body());
        assertTrue(list.body().contains("€15.50"), list.body());
        Reply product = RunningMarketplace.api().get("/api/products/" + productId, "Authorization", seller.authorization());
        assertEquals(200, product.status(), product.body());
        assertEquals(1550, product.json().getJsonObject("price").getJsonNumber("amount").longValue());
        assertEquals("eur", product.json().getJsonObject("price").getString("currency"));
        assertEquals(4, product.json().getInt("stock"));
        assertFalse(product.json().getBoolean("active"), "the checkbox was not ticked");
    }

    @Test
    void aPriceThatIsNotAnAmountIsRefusedWithTheFormAndCreatesNothing() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = signedIn(seller);
        browser.get("/seller/products");

        Page letters = browser.post("/seller/products", "name", "Vase", "price", "abc", "currency", "eur", "stock", "1");
        Page negative = browser.post("/seller/products", "name", "Vase", "price", "-5.00", "currency", "eur", "stock", "1");

        assertEquals(400, letters.status(), letters.body());
        assertEquals(400, negative.status(), negative.body());
        assertTrue(letters.body().contains("Price: must be an amount such as 15.00"), letters.body());
        assertTrue(letters.body().contains("id=\"new-product\""), "the form comes back: " + letters.body());
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM products WHERE seller_id = ?", seller.id()));
    }

    @Test
    void aSellerChangesStockAndTakesTheirProductOffSale() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long productId = Shop.product(seller, 1500, "eur", 5);
        PageClient browser = signedIn(seller);
        Page form = browser.get("/seller/products/" + productId);
        assertEquals(200, form.status(), form.body());
        assertTrue(form.body().contains("id=\"edit-product\""), form.body());

        Page saved = browser.post("/seller/products/" + productId, "name", "Bowl, large", "description", "Stoneware", "price", "15.00",
                "stock", "7", "loadedStock", hiddenValue(form, "loadedStock"));

        assertEquals(303, saved.status(), saved.body());
        JsonObject product = RunningMarketplace.api().get("/api/products/" + productId, "Authorization", seller.authorization()).json();
        assertEquals(7, product.getInt("stock"));
        assertFalse(product.getBoolean("active"), "the unticked box takes it off sale");
        assertEquals("Bowl, large", product.getString("name"));
        assertEquals(1500, product.getJsonObject("price").getJsonNumber("amount").longValue(), "the price is unchanged");
    }

    @Test
    void aNameFixedOnAFormOpenedBeforeASaleKeepsTheStockTheSaleLeft() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long productId = Shop.product(seller, 1500, "eur", 10);
        PageClient browser = signedIn(seller);
        Page form = browser.get("/seller/products/" + productId);
        assertEquals("10", inputValue(form, "stock"));
        Shop.sell(productId, 3);
        assertEquals(7, Shop.stock(productId));

        Page saved = browser.post("/seller/products/" + productId, "name", "Bowl, glazed", "description", "Stoneware", "price", "15.00",
                "stock", inputValue(form, "stock"), "active", "true", "loadedStock", hiddenValue(form, "loadedStock"));

        assertEquals(303, saved.status(), saved.body());
        assertEquals(7, Shop.stock(productId), "the 3 sold stay sold");
        assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM products WHERE id = ? AND name = 'Bowl, glazed'", productId), "the name is saved");
    }

    @Test
    void aNewStockTypedOnAFormOpenedBeforeASaleIsAConflictShowingTheCurrentStock() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long productId = Shop.product(seller, 1500, "eur", 10);
        PageClient browser = signedIn(seller);
        Page form = browser.get("/seller/products/" + productId);
        Shop.sell(productId, 3);

        Page refused = browser.post("/seller/products/" + productId, "name", "Bowl, glazed", "description", "Stoneware", "price", "15.00",
                "stock", "12", "active", "true", "loadedStock", hiddenValue(form, "loadedStock"));

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("it was 10 and is now 7"), refused.body());
        assertTrue(refused.body().contains("id=\"edit-product\""), "the form comes back: " + refused.body());
        assertEquals("12", inputValue(refused, "stock"), "with what the seller typed");
        assertEquals(7, Shop.stock(productId));
        assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM products WHERE id = ? AND name <> 'Bowl, glazed'", productId), "nothing saved");
    }

    @Test
    void savingTheConflictPageAgainSetsTheStockTheSellerTyped() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long productId = Shop.product(seller, 1500, "eur", 10);
        PageClient browser = signedIn(seller);
        Page form = browser.get("/seller/products/" + productId);
        Shop.sell(productId, 3);
        Page refused = browser.post("/seller/products/" + productId, "name", "Bowl", "description", "Stoneware", "price", "15.00",
                "stock", "12", "active", "true", "loadedStock", hiddenValue(form, "loadedStock"));
        assertEquals(409, refused.status(), refused.body());

        Page saved = browser.post("/seller/products/" + productId, "name", "Bowl", "description", "Stoneware", "price", "15.00",
                "stock", inputValue(refused, "stock"), "active", "true", "loadedStock", hiddenValue(refused, "loadedStock"));

        assertEquals(303, saved.status(), saved.body());
        assertEquals(12, Shop.stock(productId), "the seller saw 7 and chose 12");
    }

    @Test
    void anotherSellersProductIsNotFoundAndCannotBeChanged() throws Exception {
        Registered owner = Shop.activeSeller("DIRECT");
        long productId = Shop.product(owner, 1500, "eur", 5);
        PageClient other = signedIn(Sellers.register("DIRECT"));

        Page form = other.get("/seller/products/" + productId);
        other.get("/seller/products");
        Page changed = other.post("/seller/products/" + productId, "name", "Mine now", "price", "1.00", "stock", "0");

        assertEquals(404, form.status(), form.body());
        assertEquals(404, changed.status(), changed.body());
        assertEquals(5, Shop.stock(productId));
        assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM products WHERE id = ? AND active AND price_amount = 1500", productId));
    }

    @Test
    void aSellerRefundsPartOfAPaidOrderFromTheOrdersPage() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long orderId = paidOrder(seller);
        PageClient browser = signedIn(seller);

        Page orders = browser.get("/seller/orders");
        assertTrue(orders.body().contains("data-order-id=\"" + orderId + "\""), orders.body());
        assertTrue(orders.body().contains("class=\"status status-paid\""), orders.body());
        assertTrue(orders.body().contains("action=\"/seller/orders/" + orderId + "/refund\" class=\"refund-form"), orders.body());
        Page refunded = browser.post("/seller/orders/" + orderId + "/refund", "amount", "5.00");

        assertEquals(303, refunded.status(), refunded.body());
        assertEquals("/seller/orders", refunded.location());
        assertTrue(browser.get("/seller/orders").body().contains("Refunded €5.00"), "the flash says what happened");
        JsonObject order = Shop.awaitStatus(orderId, "PARTIALLY_REFUNDED");
        assertEquals(500, order.getJsonNumber("amountRefunded").longValue());
    }

    @Test
    void anotherSellersRefundIsNotFoundAndWritesNoRefund() throws Exception {
        Registered owner = Shop.activeSeller("DIRECT");
        long orderId = paidOrder(owner);
        PageClient other = signedIn(Sellers.register("DIRECT"));
        other.get("/seller/orders");

        Page refund = other.post("/seller/orders/" + orderId + "/refund", "amount", "");

        assertEquals(404, refund.status(), refund.body());
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM order_refunds WHERE order_id = ?", orderId));
        assertEquals("PAID", Shop.order(orderId).getString("status"));
    }

    @Test
    void theProductFormWithoutItsCsrfTokenIsRefusedAndCreatesNothing() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = signedIn(seller);
        browser.get("/seller/products");

        Page forged = browser.postWithoutToken("/seller/products", "name", "Forged", "price", "15.00", "currency", "eur", "stock", "1");

        assertEquals(403, forged.status(), forged.body());
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM products WHERE seller_id = ?", seller.id()));
    }

    private static PageClient signedIn(Registered seller) {
        PageClient browser = PageClient.forMarketplace();
        Page signedIn = browser.signIn(seller.email(), seller.password());
        assertEquals(303, signedIn.status(), "sign-in: " + signedIn.body());
        return browser;
    }

    /** The value a hidden input of the page's form would send; empty when the form has no such field. */
    private static String hiddenValue(Page page, String name) {
        Matcher field = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page.body());
        return field.find() ? field.group(1) : "";
    }

    private static String inputValue(Page page, String name) {
        Matcher field = Pattern.compile("<input id=\"[^\"]+\" name=\"" + name + "\"[^>]* value=\"([^\"]*)\"").matcher(page.body());
        if (!field.find()) {
            throw new AssertionError("no input " + name + " on the page: " + page.body());
        }
        return field.group(1);
    }

    private static long paidOrder(Registered seller) throws InterruptedException {
        long productId = Shop.product(seller, 2000, "eur", 3);
        Shop.Started checkout = Shop.checkout(productId, 1);
        Shop.pay(checkout);
        Shop.awaitStatus(checkout.orderId(), "PAID");
        return checkout.orderId();
    }
}
