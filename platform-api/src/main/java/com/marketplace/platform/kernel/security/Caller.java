package com.marketplace.platform.kernel.security;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is making the request: nobody known, an admin (known by their email, which the fee audit
 * records), one seller, or one buyer with an account.
 */
public record Caller(Role role, SellerId sellerId, String adminEmail, BuyerId buyerId) {

    public enum Role { ANONYMOUS, ADMIN, SELLER, BUYER }

    public Caller {
        Objects.requireNonNull(role, "role");
        if ((role == Role.SELLER) != (sellerId != null)) {
            throw new IllegalArgumentException("a seller caller, and only one, carries a seller id");
        }
        if ((role == Role.ADMIN) != (adminEmail != null)) {
            throw new IllegalArgumentException("an admin caller, and only one, carries an admin email");
        }
        if ((role == Role.BUYER) != (buyerId != null)) {
            throw new IllegalArgumentException("a buyer caller, and only one, carries a buyer id");
        }
    }

    public Caller(Role role, SellerId sellerId, String adminEmail) {
        this(role, sellerId, adminEmail, null);
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

    public static Caller buyer(BuyerId id) {
        return new Caller(Role.BUYER, null, null, id);
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

    public boolean isBuyer() {
        return role == Role.BUYER;
    }

    /** The buyer with an account, for whom a checkout is made; empty for everyone else (guests included). */
    public Optional<BuyerId> buyer() {
        return Optional.ofNullable(buyerId);
    }

    public Optional<SellerId> seller() {
        return Optional.ofNullable(sellerId);
    }

    /** The admin may act for any seller; a seller only for themselves. */
    public boolean mayActFor(SellerId seller) {
        return isAdmin() || seller.equals(sellerId);
    }
}
