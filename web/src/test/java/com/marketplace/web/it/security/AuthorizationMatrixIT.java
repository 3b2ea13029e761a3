package com.marketplace.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every API and page route against every kind of caller: nobody, seller A (who owns the product and
 * the order), seller B, and the admin. Each cell is one test named "caller: METHOD path -> status".
 * API routes are called the way API clients call them (HTTP Basic); page routes the way browsers do
 * (a signed-in page session, with the form's CSRF token, so only authorization decides). Another
 * seller's things answer exactly what a missing id answers (404), so ids cannot be probed.
 * State-changing calls that succeed are kept harmless: refunds of one cent, invalid bodies for the
 * admin's writes (400 proves the admin got past authorization without changing the fee schedule).
 */
@ExtendWith(RunningMarketplace.class)
class AuthorizationMatrixIT {

    enum Who { ANONYMOUS, SELLER_A, SELLER_B, ADMIN }

    private static Registered sellerA;
    private static Registered sellerB;
    private static long productA;
    private static Started orderA;
    private static final Map<Who, PageClient> BROWSERS = new EnumMap<>(Who.class);

    @BeforeAll
    static void twoSellersAProductAndAPaidOrder() throws Exception {
        sellerA = Shop.activeSeller("DIRECT");
        sellerB = Shop.activeSeller("DESTINATION");
        productA = Shop.product(sellerA, 5000, "eur", 500);
        orderA = Shop.checkout(productA, 1);
        Shop.pay(orderA);
        Shop.awaitStatus(orderA.orderId(), "PAID");
        BROWSERS.put(Who.ANONYMOUS, PageClient.forMarketplace());
        BROWSERS.put(Who.SELLER_A, signedIn(sellerA.email(), sellerA.password()));
        BROWSERS.put(Who.SELLER_B, signedIn(sellerB.email(), sellerB.password()));
        BROWSERS.put(Who.ADMIN, signedIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD));
    }

    @TestFactory
    Stream<DynamicTest> apiRoutes() {
        List<Route> routes = new ArrayList<>();
        // Public
        routes.add(api("GET", "/api/products", null, 200, 200, 200, 200));
        routes.add(api("GET", "/api/products/{productA}", null, 200, 200, 200, 200));
        routes.add(api("POST", "/api/checkout", "{\"productId\":{productA},\"quantity\":1}", 201, 201, 201, 201));
        routes.add(api("GET", "/api/checkout/confirm?session_id={sessionA}", null, 200, 200, 200, 200));
        routes.add(api("POST", "/api/sellers", "{uniqueSeller}", 201, 201, 201, 201));
        // A buyer's account is a buyer's: sellers and the admin have none
        routes.add(api("GET", "/api/buyers/me", null, 401, 403, 403, 403));
        routes.add(api("GET", "/api/cart", null, 401, 403, 403, 403));
        routes.add(api("POST", "/api/cart/items", "{\"productId\":{productA}}", 401, 403, 403, 403));
        // A seller's own things
        routes.add(api("GET", "/api/sellers/{sellerA}", null, 401, 200, 404, 200));
        routes.add(api("POST", "/api/sellers/{sellerA}/onboarding-link", null, 401, 200, 404, 200));
        routes.add(api("POST", "/api/sellers/{sellerA}/dashboard-link", null, 401, 200, 404, 200));
        routes.add(api("GET", "/api/sellers/{sellerA}/products", null, 401, 200, 404, 200));
        routes.add(api("POST", "/api/sellers/{sellerA}/products",
                "{\"name\":\"Cup\",\"description\":\"\",\"priceAmount\":900,\"currency\":\"eur\",\"stock\":1,\"active\":false}", 401, 201, 404, 201));
        routes.add(api("PATCH", "/api/products/{productA}", "{\"stock\":400}", 401, 200, 404, 200));
        routes.add(api("GET", "/api/sellers/{sellerA}/orders", null, 401, 200, 404, 200));
        routes.add(api("GET", "/api/orders/{orderA}", null, 404, 200, 404, 200));
        routes.add(api("POST", "/api/orders/{orderA}/refund", "{\"amount\":1}", 401, 200, 404, 200));
        routes.add(api("GET", "/api/sellers/{sellerA}/balance", null, 401, 200, 404, 200));
        routes.add(api("GET", "/api/sellers/{sellerA}/payouts", null, 401, 200, 404, 200));
        // The admin's
        routes.add(api("GET", "/api/admin/fees", null, 401, 403, 403, 200));
        routes.add(api("PUT", "/api/admin/fees", "{}", 401, 403, 403, 400));
        routes.add(api("GET", "/api/admin/fees/sellers/{sellerA}?currency=eur", null, 401, 403, 403, 200));
        routes.add(api("PUT", "/api/admin/fees/sellers/{sellerA}", "{}", 401, 403, 403, 400));
        routes.add(api("DELETE", "/api/admin/fees/sellers/{sellerA}?currency=xyz", null, 401, 403, 403, 400));
        routes.add(api("GET", "/api/admin/sellers", null, 401, 403, 403, 200));
        routes.add(api("PUT", "/api/admin/sellers/{sellerA}/charge-type", "{}", 401, 403, 403, 400));
        routes.add(api("PUT", "/api/admin/sellers/{sellerA}/account-type", "{}", 401, 403, 403, 400));
        routes.add(api("GET", "/api/admin/orders", null, 401, 403, 403, 200));
        routes.add(api("GET", "/api/admin/webhook-events", null, 401, 403, 403, 200));
        routes.add(api("POST", "/api/admin/webhook-events/evt_no_such_event/replay", null, 401, 403, 403, 404));
        routes.add(api("GET", "/api/admin/notifications", null, 401, 403, 403, 200));
        routes.add(api("POST", "/api/admin/notifications/999999999/resend", null, 401, 403, 403, 404));
        routes.add(api("GET", "/api/admin/payouts?status=failed", null, 401, 403, 403, 200));
        routes.add(api("GET", "/api/admin/balance", null, 401, 403, 403, 200));
        return cells(routes);
    }

    @TestFactory
    Stream<DynamicTest> pageRoutes() {
        List<Route> routes = new ArrayList<>();
        routes.add(page("GET", "/", 200, 200, 200, 200));
        routes.add(page("GET", "/login", 200, 200, 200, 200));
        routes.add(page("GET", "/signup", 200, 200, 200, 200));
        routes.add(page("GET", "/buyers/signup", 200, 200, 200, 200));
        routes.add(page("GET", "/account", 302, 403, 403, 403));
        // A buyer's subscription pages: buyers only (each buyer their own, SubscriptionPagesIT), whatever the id
        routes.add(page("GET", "/account/subscriptions/999999999", 302, 403, 403, 403));
        routes.add(page("GET", "/account/subscriptions/999999999/portal", 302, 403, 403, 403));
        routes.add(pageForm("POST", "/account/subscriptions/999999999", "action=cancel-now", 302, 403, 403, 403));
        routes.add(pageForm("POST", "/shops/{sellerA}/subscribe", "plan=999999999", 302, 403, 403, 403));
        // The shop: open to everyone
        routes.add(page("GET", "/products/{productA}", 200, 200, 200, 200));
        routes.add(page("GET", "/checkout/success?session_id={sessionA}", 200, 200, 200, 200));
        routes.add(page("GET", "/checkout/cancel?order_id={orderA}", 200, 200, 200, 200));
        routes.add(pageForm("POST", "/products/{productA}/buy", "quantity=1", 303, 303, 303, 303));
        // Anyone may keep a cart (a guest's lives in the page session); its forms are CSRF-checked like every other.
        routes.add(page("GET", "/cart", 200, 200, 200, 200));
        routes.add(pageForm("POST", "/cart/add", "product={productA}", 303, 303, 303, 303));
        routes.add(pageForm("POST", "/cart/lines/{productA}/remove", null, 303, 303, 303, 303));
        // A purchase nobody here owns is "not found" to all but the admin's sign-in rule; the admin's view is the admin's alone.
        routes.add(page("GET", "/purchases/999999999", 404, 404, 404, 404));
        routes.add(page("GET", "/admin/purchases/999999999", 302, 403, 403, 404));
        // A seller's pages: their own things only; the admin has the admin pages instead
        routes.add(page("GET", "/seller", 302, 200, 200, 403));
        routes.add(page("GET", "/seller/products", 302, 200, 200, 403));
        routes.add(page("GET", "/seller/orders", 302, 200, 200, 403));
        routes.add(page("GET", "/seller/payouts", 302, 200, 200, 403));
        routes.add(page("GET", "/seller/products/{productA}", 302, 200, 404, 403));
        routes.add(pageForm("POST", "/seller/products/{productA}", "name=Bowl&description=&price=50.00&stock=300&loadedStock=300&active=on",
                302, 303, 404, 403));
        routes.add(pageForm("POST", "/seller/orders/{orderA}/refund", "amount=0.01", 302, 303, 404, 403));
        routes.add(pageForm("POST", "/seller/onboarding-link", null, 302, 303, 303, 403));
        // The admin's pages
        for (String adminPage : List.of("/admin", "/admin/fees", "/admin/sellers", "/admin/orders", "/admin/webhooks", "/admin/mailbox")) {
            routes.add(page("GET", adminPage, 302, 403, 403, 200));
        }
        routes.add(pageForm("POST", "/admin/fees", "fee-currency=eur&fee-percent=abc&fee-fixed=0", 302, 403, 403, 400));
        routes.add(pageForm("POST", "/admin/fees/sellers", "sellerId={sellerA}&currency=eur&percent=abc&fixed=0", 302, 403, 403, 400));
        routes.add(pageForm("POST", "/admin/orders/{orderA}/refund", "amount=0.01", 302, 403, 403, 303));
        routes.add(pageForm("POST", "/admin/sellers/{sellerA}/charge-type", "chargeType=bogus", 302, 403, 403, 400));
        routes.add(pageForm("POST", "/admin/sellers/{sellerA}/account-type", "accountType=bogus", 302, 403, 403, 400));
        routes.add(pageForm("POST", "/admin/webhooks/evt_no_such_event/replay", null, 302, 403, 403, 404));
        routes.add(pageForm("POST", "/admin/mailbox/notifications/999999999/resend", null, 302, 403, 403, 404));
        return cells(routes);
    }

    private static Stream<DynamicTest> cells(List<Route> routes) {
        return routes.stream().flatMap(route -> route.expected().entrySet().stream().map(cell -> DynamicTest.dynamicTest(
                cell.getKey() + ": " + route.method() + " " + route.path() + " -> " + cell.getValue(),
                () -> {
                    int status = route.page() ? callPage(cell.getKey(), route) : callApi(cell.getKey(), route);
                    assertEquals((int) cell.getValue(), status, cell.getKey() + " " + route.method() + " " + route.path());
                })));
    }

    private static int callApi(Who who, Route route) {
        List<String> headers = new ArrayList<>();
        switch (who) {
            case SELLER_A -> headers.addAll(List.of("Authorization", sellerA.authorization()));
            case SELLER_B -> headers.addAll(List.of("Authorization", sellerB.authorization()));
            case ADMIN -> headers.addAll(List.of("Authorization", RunningMarketplace.adminAuthorization()));
            default -> { }
        }
        Reply reply = RunningMarketplace.api().request(route.method(), fill(route.path()), route.body() == null ? null : fill(route.body()),
                headers.toArray(String[]::new));
        return reply.status();
    }

    private static int callPage(Who who, Route route) {
        PageClient browser = BROWSERS.get(who);
        if ("GET".equals(route.method())) {
            return browser.get(fill(route.path())).status();
        }
        browser.get("/");
        List<String> fields = new ArrayList<>();
        if (route.body() != null) {
            fields.addAll(List.of(fill(route.body()).split("&")).stream().flatMap(pair -> Stream.of(pair.split("=", 2))).toList());
        }
        return browser.post(fill(route.path()), fields.toArray(String[]::new)).status();
    }

    private static String fill(String template) {
        return template.replace("{sellerA}", String.valueOf(sellerA.id())).replace("{productA}", String.valueOf(productA))
                .replace("{orderA}", String.valueOf(orderA.orderId())).replace("{sessionA}", orderA.sessionId())
                .replace("{uniqueSeller}", "{\"email\":\"matrix-" + UUID.randomUUID() + "@example.com\",\"password\":\"correct horse battery\","
                        + "\"displayName\":\"Matrix\",\"country\":\"FR\",\"defaultCurrency\":\"eur\",\"chargeType\":\"DIRECT\"}");
    }

    private static PageClient signedIn(String email, String password) {
        PageClient browser = PageClient.forMarketplace();
        Page signedIn = browser.signIn(email, password);
        if (signedIn.status() != 303) {
            throw new AssertionError("sign-in failed for " + email + ": HTTP " + signedIn.status());
        }
        return browser;
    }

    private static Route api(String method, String path, String body, int anonymous, int sellerA, int sellerB, int admin) {
        return new Route(false, method, path, body, expectations(anonymous, sellerA, sellerB, admin));
    }

    private static Route page(String method, String path, int anonymous, int sellerA, int sellerB, int admin) {
        return new Route(true, method, path, null, expectations(anonymous, sellerA, sellerB, admin));
    }

    private static Route pageForm(String method, String path, String form, int anonymous, int sellerA, int sellerB, int admin) {
        return new Route(true, method, path, form, expectations(anonymous, sellerA, sellerB, admin));
    }

    private static Map<Who, Integer> expectations(int anonymous, int sellerA, int sellerB, int admin) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        expected.put(Who.ANONYMOUS, anonymous);
        expected.put(Who.SELLER_A, sellerA);
        expected.put(Who.SELLER_B, sellerB);
        expected.put(Who.ADMIN, admin);
        return expected;
    }

    private record Route(boolean page, String method, String path, String body, Map<Who, Integer> expected) {
    }
}
