package com.marketplace.platform.catalog.domain;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * Something a seller offers at a price, in a stock.
 *
 * <p>Lifecycle: a seller creates it inactive; once the seller may sell, it can be activated and is
 * then offered to buyers. Its price is the only price a checkout ever charges: amounts come from
 * this row, never from a client. Stock only goes down when a payment is confirmed, by a
 * conditional update in the confirmation transaction, never here in memory. A seller's count
 * replaces the stock only when the seller saw the stock it replaces: an edit made against a stock
 * that sales have moved since is refused ({@link StockChangedMeanwhile}), or it would sell again
 * units that are gone.
 */
@Entity
@Table(name = "products")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_id", nullable = false)
    private long sellerId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "price_amount", nullable = false)
    private long priceAmount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private int stock;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    /** The SHA-256 of the product's picture ({@link ProductImage}), null while it has none. */
    @Column(name = "image_digest", length = 64)
    private String imageDigest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
        // for JPA
    }

    /** A new product of a seller; offered to buyers only if created active by a seller who may sell. */
    public static Product create(SellerId seller, ProductDetails details, Instant now) {
        Product product = new Product();
        product.sellerId = seller.value();
        product.name = details.name().strip();
        product.description = details.description().strip();
        product.setPrice(details.price().minorUnits(), details.price().currency().value());
        product.setStock(details.stock());
        product.active = details.active();
        product.createdAt = now;
        product.updatedAt = now;
        return product;
    }

    /**
     * Applies a seller's edit. Stock set here is the seller's count; sales take stock by conditional
     * update. A change that expects another stock than the current one is refused as a whole.
     */
    public void change(ProductChanges changes, Instant now) {
        // Checked before anything is assigned: a refused change leaves the product as it was.
        changes.expectedStock().filter(expected -> expected != stock).ifPresent(expected -> {
            throw new StockChangedMeanwhile(expected, stock);
        });
        Money newPrice = Money.of(changes.priceAmount().orElse(priceAmount), changes.currency().orElse(currency));
        if (!newPrice.isPositive()) {
            throw new IllegalArgumentException("A price is positive, got " + newPrice);
        }
        changes.stock().filter(value -> value < 0).ifPresent(value -> {
            throw new IllegalArgumentException("Stock cannot be negative, got " + value);
        });
        changes.name().map(String::strip).ifPresent(value -> name = value);
        changes.description().map(String::strip).ifPresent(value -> description = value);
        setPrice(newPrice.minorUnits(), newPrice.currency().value());
        changes.stock().ifPresent(this::setStock);
        changes.active().ifPresent(value -> active = value);
        updatedAt = now;
    }

    /** Takes the product off sale for good (its seller was rejected); the seller may not undo it by accident. */
    public void withdraw(Instant now) {
        active = false;
        updatedAt = now;
    }

    /** Shows {@code image} as the product's picture from now on. */
    public void showImage(ProductImage image, Instant now) {
        if (!image.productId().equals(id())) {
            throw new IllegalArgumentException("Product " + id + " cannot show the picture of product " + image.productId());
        }
        imageDigest = image.digest();
        updatedAt = now;
    }

    private void setPrice(long amount, String currencyCode) {
        Money price = Money.of(amount, currencyCode);
        if (!price.isPositive()) {
            throw new IllegalArgumentException("A price is positive, got " + price);
        }
        priceAmount = price.minorUnits();
        currency = price.currency().value();
    }

    private void setStock(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("Stock cannot be negative, got " + value);
        }
        stock = value;
    }

    public ProductId id() {
        return new ProductId(id);
    }

    public SellerId sellerId() {
        return new SellerId(sellerId);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Money price() {
        return Money.of(priceAmount, currency);
    }

    public int stock() {
        return stock;
    }

    public boolean isActive() {
        return active;
    }

    /** The digest of the product's picture, naming its current version; empty while it has none. */
    public Optional<String> imageDigest() {
        return Optional.ofNullable(imageDigest);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
