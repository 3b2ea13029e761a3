package com.marketplace.platform.shared.security;

import com.marketplace.platform.sellers.SellerId;
import java.util.Objects;
import java.util.Optional;

/** Who is making the request: nobody known, the admin, or one seller. */
public record Caller(Role role, SellerId sellerId) {

    public enum Role { ANONYMOUS, ADMIN, SELLER }

    public Caller {
        Objects.requireNonNull(role, "role");
        if ((role == Role.SELLER) != (sellerId != null)) {
            throw new IllegalArgumentException("a seller caller, and only one, carries a seller id");
        }
    }

    public static Caller anonymous() {
        return new Caller(Role.ANONYMOUS, null);
    }

    public static Caller admin() {
        return new Caller(Role.ADMIN, null);
    }

    public static Caller seller(SellerId id) {
        return new Caller(Role.SELLER, id);
    }

    public boolean isAnonymous() {
        return role == Role.ANONYMOUS;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Optional<SellerId> seller() {
        return Optional.ofNullable(sellerId);
    }

    /** The admin may act for any seller; a seller only for themselves. */
    public boolean mayActFor(SellerId seller) {
        return isAdmin() || seller.equals(sellerId);
    }
}
