package com.marketplace.web.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.marketplace.client.ApiClient;
import com.marketplace.client.ApiException;
import com.marketplace.client.ApiResponse;
import com.marketplace.client.api.CatalogApi;
import com.marketplace.client.api.CheckoutApi;
import com.marketplace.client.api.OrdersApi;
import com.marketplace.client.api.SellersApi;
import com.marketplace.client.model.CheckoutRequest;
import com.marketplace.client.model.CheckoutStarted;
import com.marketplace.client.model.NewProduct;
import com.marketplace.client.model.OrderResponse;
import com.marketplace.client.model.ProductResponse;
import com.marketplace.client.model.RefundRequest;
import com.marketplace.client.model.RefundResponse;
import com.marketplace.client.model.SellerResponse;
import com.marketplace.client.model.SellerSignUp;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integrator's round trip with nothing but the client generated from the API description
 * (docs/openapi.json, docs/api.md): what the API cannot do is done on the sandbox's hosted pages
 * by its helpers, as a person would (finishing onboarding, paying).
 */
@ExtendWith(RunningMarketplace.class)
class ApiClientRoundTripIT {

    @Test
    void aSellerSellsABuyerPaysAndARetriedRefundWithOneKeyRefundsOnce() throws Exception {
        String email = "client-" + UUID.randomUUID() + "@sellers.test";
        String password = "generated client " + UUID.randomUUID();
        SellerResponse seller = new SellersApi(anonymous()).registerSeller(null, new SellerSignUp().email(email).password(password)
                .displayName("Generated Client Atelier").country("FR").defaultCurrency("eur").chargeType("DESTINATION"));
        ApiClient asSeller = signedIn(email, password);
        SandboxStripe.Raw onboarded = Shop.stripe().helper("accounts/" + seller.getStripeAccountId() + "/onboard", "outcome", "complete");
        assertEquals(200, onboarded.status(), onboarded.body());
        await("the seller to be ACTIVE", () -> new SellersApi(asSeller).getSeller(seller.getId()),
                view -> "ACTIVE".equals(view.getOnboarding().getStatus()));

        ProductResponse product = new CatalogApi(asSeller).createProduct(seller.getId(), UUID.randomUUID().toString(), new NewProduct()
                .name("Generated bowl").description("Stoneware").priceAmount(1500L).currency("eur").stock(5).active(true));
        CheckoutStarted checkout = new CheckoutApi(anonymous()).startCheckout(UUID.randomUUID().toString(),
                new CheckoutRequest().productId(product.getId()).quantity(1));
        assertNotNull(checkout.getOrderId(), "a one-product checkout answers its order");
        Shop.payAs(checkout.getSessionId(), "buyer-" + UUID.randomUUID() + "@buyers.test");
        OrderResponse paid = await("the order to be PAID", () -> new OrdersApi(asSeller).getOrder(checkout.getOrderId(), null),
                order -> "PAID".equals(order.getStatus()));
        assertEquals(1500L, paid.getAmountTotal());

        String key = UUID.randomUUID().toString();
        RefundRequest half = new RefundRequest().amount(500L);
        ApiResponse<RefundResponse> first = new OrdersApi(asSeller).refundOrderWithHttpInfo(checkout.getOrderId(), key, half);
        // The client's retry after a lost answer: same key, same body.
        ApiResponse<RefundResponse> retried = new OrdersApi(asSeller).refundOrderWithHttpInfo(checkout.getOrderId(), key, half);

        assertEquals(first.getData().getId(), retried.getData().getId(), "the retry answers the first refund");
        assertEquals("true", retried.getHeaders().getOrDefault("idempotent-replayed", java.util.List.of("absent")).get(0));
        OrderResponse refunded = await("the refund to be recorded", () -> new OrdersApi(asSeller).getOrder(checkout.getOrderId(), null),
                order -> "PARTIALLY_REFUNDED".equals(order.getStatus()) && order.getAmountRefunded() != null && order.getAmountRefunded() >= 500L);
        assertEquals(500L, refunded.getAmountRefunded(), "refunded once");
        assertEquals(1, refunded.getRefunds().size(), String.valueOf(refunded.getRefunds()));
    }

    private static ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningMarketplace.process().baseUri().toString());
        client.setReadTimeout(Duration.ofSeconds(60));
        return client;
    }

    private static ApiClient signedIn(String email, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", basic));
    }

    private interface Call<T> {
        T run() throws ApiException;
    }

    private static <T> T await(String what, Call<T> call, Predicate<T> done) throws Exception {
        T last = null;
        for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(200)) {
            last = call.run();
            if (done.test(last)) {
                return last;
            }
        }
        throw new AssertionError("waited 30 s for " + what + "; last seen: " + last);
    }
}
