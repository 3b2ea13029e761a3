package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.CatalogRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A checkout that cannot be honoured is refused with an error naming why, and creates no order. */
@ExtendWith(RunningMarketplace.class)
class CheckoutRefusalsIT {

    private static Registered seller;

    @BeforeAll
    static void seller() throws Exception {
        seller = Shop.activeSeller("DESTINATION");
    }

    @Test
    void aQuantityBelowOneIsABadRequestNamingTheField() throws Exception {
        long product = Shop.product(seller, 1000, "eur", 3);

        assertRefused(400, "validation_failed", "{\"productId\":" + product + ",\"quantity\":0}");
    }

    @Test
    void aMissingProductIdIsABadRequest() throws Exception {
        assertRefused(400, "validation_failed", "{\"quantity\":1}");
    }

    @Test
    void moreThanIsInStockIsRefused() throws Exception {
        long product = Shop.product(seller, 1000, "eur", 3);

        assertRefused(409, "insufficient_stock", "{\"productId\":" + product + ",\"quantity\":4}");
    }

    @Test
    void anUnknownProductIsNotFound() throws Exception {
        assertRefused(404, "product_not_found", "{\"productId\":999999999,\"quantity\":1}");
    }

    @Test
    void aProductNotOnSaleIsRefused() throws Exception {
        long draft = CatalogRows.insertProduct(seller.id(), "Draft vase", 1000, "eur", 3, false);

        assertRefused(409, "product_not_available", "{\"productId\":" + draft + ",\"quantity\":1}");
    }

    @Test
    void aRestrictedSellersProductCannotBeBought() throws Exception {
        long restricted = Sellers.insertRow("RESTRICTED");
        long product = CatalogRows.insertProduct(restricted, "Restricted vase", 1000, "eur", 3, true);

        assertRefused(409, "seller_not_active", "{\"productId\":" + product + ",\"quantity\":1}");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() throws Exception {
        assertRefused(400, "malformed_request", "{\"productId\":");
    }

    private static void assertRefused(int status, String error, String body) throws Exception {
        long ordersBefore = Shop.countOrders();

        Reply reply = Shop.checkout(body);

        assertEquals(status, reply.status(), reply.body());
        assertEquals(error, reply.json().getString("error"), reply.body());
        assertTrue(reply.json().getString("message").length() > 10, reply.body());
        assertEquals(ordersBefore, Shop.countOrders(), "a refused checkout creates no order");
    }
}
