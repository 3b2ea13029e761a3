package com.marketplace.platform.buyers.domain;

import com.marketplace.platform.kernel.ids.BuyerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A buyer with an account: who signs in (their email, unique across buyers and sellers), their
 * password as a PBKDF2 hash only, and the name the pages greet them by. Guests have no row; their
 * purchases become a buyer's when the buyer signs up with the email they gave Stripe.
 */
@Entity
@Table(name = "buyers")
public class Buyer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Buyer() {
        // for JPA
    }

    public static Buyer register(String email, String passwordHash, String name, Instant now) {
        Buyer buyer = new Buyer();
        buyer.email = normalizeEmail(email);
        buyer.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        buyer.name = Objects.requireNonNull(name, "name").strip();
        buyer.createdAt = now;
        return buyer;
    }

    /** The one spelling of an email the platform compares: trimmed, lower case (as sellers' are). */
    public static String normalizeEmail(String email) {
        return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
    }

    public BuyerId id() {
        return new BuyerId(id);
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
