package com.marketplace.platform.kernel.security;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is making the request: nobody known, an admin (known by their email, which the fee audit
 * records), or one seller.
 */
public record Caller(Role role, SellerId sellerId, String adminEmail) {

    public enum Role { ANONYMOUS, ADMIN, SELLER }

    public Caller {
        Objects.requireNonNull(role, "role");
        if ((role == Role.SELLER) != (sellerId != null)) {
            throw new IllegalArgumentException("a seller caller, and only one, carries a seller id");
        }
        if ((role == Role.ADMIN) != (adminEmail != null)) {
            throw new IllegalArgumentException("an admin caller, and only one, carries an admin email");
        }
    }

    public Caller(Role role, SellerId sellerId) {
        this(role, sellerId, role == Role.ADMIN ? "admin" : null);
    }

    public static Caller anonymous() {
        return new Caller(Role.ANONYMOUS, null, null);
    }

    public static Caller admin() {
        return admin("admin");
    }

    public static Caller admin(String email) {
        return new Caller(Role.ADMIN, null, email);
    }

    public static Caller seller(SellerId id) {
        return new Caller(Role.SELLER, id, null);
    }

    public boolean isAnonymous() {
        return role == Role.ANONYMOUS;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isSeller() {
        return role == Role.SELLER;
    }

    public Optional<SellerId> seller() {
        return Optional.ofNullable(sellerId);
    }

    /** The admin may act for any seller; a seller only for themselves. */
    public boolean mayActFor(SellerId seller) {
        return isAdmin() || seller.equals(sellerId);
    }
}
