package com.marketplace.platform.catalog.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductDetails;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductImage;
import com.marketplace.platform.fakes.InMemoryProductImages;
import com.marketplace.platform.fakes.InMemoryProductWordIndex;
import com.marketplace.platform.fakes.InMemoryProducts;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A seller gives a product a picture: which files are taken, whose products, and who may see it. */
class ProductImageUploadTest {

    private static final SellerId POTTER = new SellerId(1);
    private static final SellerId WEAVER = new SellerId(2);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryProductImages images = new InMemoryProductImages();
    private final InMemorySellerDirectory sellers = new InMemorySellerDirectory()
            .active(POTTER, ChargeType.DIRECT, "acct_potter").active(WEAVER, ChargeType.DIRECT, "acct_weaver");
    private final ProductCatalog catalog = new ProductCatalog(products, images, sellers, new InMemoryProductWordIndex());
    private final CatalogQueries queries = new CatalogQueries(products, images, sellers);

    private Product bowl(boolean active) {
        return products.add(Product.create(POTTER, new ProductDetails("Bowl", "", Money.of(2450, "eur"), 3, active), Instant.EPOCH));
    }

    @Test
    void aPngBecomesTheProductsPictureServedAsPng() {
        Product bowl = bowl(true);

        catalog.replaceImage(bowl.id(), PNG, Caller.seller(POTTER));

        ProductImage image = queries.image(bowl.id(), Caller.anonymous()).orElseThrow();
        assertEquals("image/png", image.contentType());
        assertArrayEquals(PNG, image.content());
        assertEquals(image.digest(), bowl.imageDigest().orElseThrow(), "the product names the picture's version");
    }

    @Test
    void aNewPictureReplacesTheOldOneAndChangesTheVersionNamed() {
        Product bowl = bowl(true);
        catalog.replaceImage(bowl.id(), PNG, Caller.seller(POTTER));
        String first = bowl.imageDigest().orElseThrow();

        catalog.replaceImage(bowl.id(), JPEG, Caller.seller(POTTER));

        assertEquals("image/jpeg", queries.image(bowl.id(), Caller.anonymous()).orElseThrow().contentType());
        assertNotEquals(first, bowl.imageDigest().orElseThrow());
    }

    @Test
    void aPageSavedUnderAPictureNameIsRefusedAndTheOldPictureStays() {
        Product bowl = bowl(true);
        catalog.replaceImage(bowl.id(), PNG, Caller.seller(POTTER));
        String before = bowl.imageDigest().orElseThrow();

        CatalogRefusal refused = assertThrows(CatalogRefusal.class,
                () -> catalog.replaceImage(bowl.id(), "<html><script>alert(1)</script>".getBytes(), Caller.seller(POTTER)));

        assertEquals(CatalogRefusal.Reason.IMAGE_INVALID, refused.reason());
        assertEquals(before, bowl.imageDigest().orElseThrow());
        assertArrayEquals(PNG, images.find(bowl.id()).orElseThrow().content());
    }

    @Test
    void aPictureOverTwoMegabytesIsRefusedNamingItsSize() {
        Product bowl = bowl(true);
        byte[] large = Arrays.copyOf(JPEG, ProductImage.MAX_BYTES + 1);

        CatalogRefusal refused = assertThrows(CatalogRefusal.class, () -> catalog.replaceImage(bowl.id(), large, Caller.seller(POTTER)));

        assertEquals(CatalogRefusal.Reason.IMAGE_TOO_LARGE, refused.reason());
        assertTrue(refused.getMessage().contains("2097153 bytes") && refused.getMessage().contains("at most 2 MB"), refused.getMessage());
        assertTrue(bowl.imageDigest().isEmpty());
    }

    @Test
    void aPictureOfExactlyTwoMegabytesIsTaken() {
        Product bowl = bowl(true);

        catalog.replaceImage(bowl.id(), Arrays.copyOf(JPEG, ProductImage.MAX_BYTES), Caller.seller(POTTER));

        assertEquals(ProductImage.MAX_BYTES, images.find(bowl.id()).orElseThrow().size());
    }

    @Test
    void anEmptyUploadIsRefused() {
        Product bowl = bowl(true);

        assertEquals(CatalogRefusal.Reason.IMAGE_INVALID, assertThrows(CatalogRefusal.class,
                () -> catalog.replaceImage(bowl.id(), new byte[0], Caller.seller(POTTER))).reason());
    }

    @Test
    void anotherSellersProductIsNotFoundAndKeepsItsPicture() {
        Product bowl = bowl(true);

        CatalogRefusal refused = assertThrows(CatalogRefusal.class, () -> catalog.replaceImage(bowl.id(), PNG, Caller.seller(WEAVER)));

        assertEquals(CatalogRefusal.Reason.PRODUCT_NOT_FOUND, refused.reason());
        assertTrue(images.find(bowl.id()).isEmpty());
    }

    @Test
    void thePictureOfAProductNotOnSaleIsHiddenFromBuyersButShownToItsSeller() {
        Product bowl = bowl(false);
        catalog.replaceImage(bowl.id(), PNG, Caller.seller(POTTER));

        assertEquals(CatalogRefusal.Reason.PRODUCT_NOT_FOUND,
                assertThrows(CatalogRefusal.class, () -> queries.image(bowl.id(), Caller.anonymous())).reason());
        assertTrue(queries.image(bowl.id(), Caller.seller(POTTER)).isPresent());
    }

    @Test
    void aProductWithoutAPictureHasNone() {
        assertTrue(queries.image(bowl(true).id(), Caller.anonymous()).isEmpty());
    }

    @Test
    void unknownProductIsNotFound() {
        assertThrows(CatalogRefusal.class, () -> catalog.replaceImage(new ProductId(99), PNG, Caller.admin()));
    }
}
