package com.marketplace.platform.catalog.domain;

import com.marketplace.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Something a seller offers at a price, in a stock.
 *
 * <p>Lifecycle: a seller creates it inactive; once the seller may sell, it can be activated and is
 * then offered to buyers. Its price is the only price a checkout ever charges: amounts come from
 * this row, never from a client. Stock only goes down when a payment is confirmed, by a
 * conditional update in the confirmation transaction, never here in memory.
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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
        // for JPA
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

    public Instant updatedAt() {
        return updatedAt;
    }
}
