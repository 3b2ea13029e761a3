package com.marketplace.web.it.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.MailServer;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.SeparateMarketplace;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With no SMTP server configured (bin/run's default), a message is kept in the local mailbox and
 * the admin reads it at {@code /admin/mailbox}. A marketplace of its own, with its own database and
 * sandbox ({@link SeparateMarketplace}, whose sellers get Standard accounts): on the shared
 * database its worker would take the shared marketplace's messages.
 */
@ExtendWith(SeparateMarketplace.class)
class LocalMailboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static MarketplaceProcess process;
    private static ApiClient api;

    @BeforeAll
    static void aMarketplaceWithoutSmtp() {
        process = SeparateMarketplace.process();
        api = SeparateMarketplace.api();
    }

    @Test
    void aBuyersReceiptIsKeptInTheAdminsMailboxAndShownAsText() throws Exception {
        String buyer = "buyer-" + UUID.randomUUID() + "@buyers.test";
        long orderId = paidOrder(buyer);

        PageClient admin = new PageClient(process.baseUri());
        admin.signIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD);
        Page mailbox = awaitReceipt(admin, orderId);
        assertTrue(mailbox.body().contains("href=\"/admin/mailbox\">Mailbox</a>"), "linked from the admin's navigation");
        assertTrue(mailbox.body().contains("the local mailbox"), mailbox.body());

        Matcher link = Pattern.compile("<a href=\"(/admin/mailbox/\\d+)\">Your receipt for order " + orderId + " ").matcher(mailbox.body());
        assertTrue(link.find(), mailbox.body());
        Page message = admin.get(link.group(1));
        assertEquals(200, message.status(), message.body());
        assertTrue(message.body().contains(buyer), message.body());
        assertTrue(message.body().contains("Total:   €30.00"), "the text part: " + message.body());
        assertTrue(message.body().contains("&lt;!DOCTYPE html&gt;"), "the HTML part shown as its source: " + message.body());
        assertTrue(message.body().contains("replies are not read.&lt;/p&gt;"), message.body());
        assertFalse(message.body().contains("replies are not read.</p>"), "the message's own markup is never part of the page");
        assertTrue(message.header("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals(List.of(), MailServer.messagesTo(buyer), "nothing went to an SMTP server");
    }

    private static Page awaitReceipt(PageClient admin, long orderId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Page page = admin.get("/admin/mailbox");
        while (!page.body().contains("Your receipt for order " + orderId + " ") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            page = admin.get("/admin/mailbox");
        }
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Your receipt for order " + orderId + " "), "the receipt is in the mailbox: " + page.body());
        return page;
    }

    // The whole purchase through this marketplace's API and its own sandbox's helpers: a Standard
    // seller, so Direct charges (the mailbox does not care which).
    private static long paidOrder(String buyer) throws Exception {
        SandboxStripe stripe = new SandboxStripe(process.baseUri());
        String email = "seller-" + UUID.randomUUID() + "@sellers.test";
        String password = "correct horse battery " + UUID.randomUUID();
        Reply registered = api.post("/api/sellers", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"Mailbox atelier\",\"country\":\"FR\",\"defaultCurrency\":\"eur\",\"chargeType\":\"DIRECT\"}");
        assertEquals(201, registered.status(), registered.body());
        Registered seller = new Registered(registered.json().getJsonNumber("id").longValue(), email, password,
                registered.json().getString("stripeAccountId"));
        assertEquals(200, stripe.helper("accounts/" + seller.stripeAccountId() + "/onboard", "outcome", "complete").status());
        awaitActive(seller);

        Reply product = api.request("POST", "/api/sellers/" + seller.id() + "/products", "{\"name\":\"Jug\",\"description\":\"Stoneware\","
                + "\"priceAmount\":1500,\"currency\":\"eur\",\"stock\":3,\"active\":true}", "Authorization", seller.authorization());
        assertEquals(201, product.status(), product.body());
        Reply checkout = api.post("/api/checkout", "{\"productId\":" + product.json().getJsonNumber("id").longValue() + ",\"quantity\":2}");
        assertEquals(201, checkout.status(), checkout.body());
        SandboxStripe.Raw paid = stripe.helper("checkout/sessions/" + checkout.json().getString("sessionId") + "/pay",
                "card", "4242424242424242", "email", buyer);
        assertEquals(200, paid.status(), paid.body());
        return checkout.json().getJsonNumber("orderId").longValue();
    }

    private static void awaitActive(Registered seller) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Reply reply = api.get("/api/sellers/" + seller.id(), "Authorization", seller.authorization());
            if (reply.status() == 200 && "ACTIVE".equals(reply.json().getJsonObject("onboarding").getString("status"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("seller " + seller.id() + " never became ACTIVE");
    }
}
