package com.marketplace.platform.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final SellerId ADA = new SellerId(1);
    private static final SellerId BOB = new SellerId(2);

    @Test
    void theAdminMayActForAnySeller() {
        assertTrue(Caller.admin().mayActFor(ADA));
        assertTrue(Caller.admin().mayActFor(BOB));
    }

    @Test
    void aSellerMayActForThemselves() {
        assertTrue(Caller.seller(ADA).mayActFor(new SellerId(1)));
    }

    @Test
    void aSellerMayNotActForAnotherSeller() {
        assertFalse(Caller.seller(ADA).mayActFor(BOB));
    }

    @Test
    void anAnonymousCallerMayActForNoSeller() {
        assertFalse(Caller.anonymous().mayActFor(ADA));
    }

    @Test
    void aSellerCallerWithoutASellerIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Caller(Caller.Role.SELLER, null));
    }

    @Test
    void onlyASellerCallerCarriesASellerId() {
        assertThrows(IllegalArgumentException.class, () -> new Caller(Caller.Role.ADMIN, ADA));
        assertThrows(IllegalArgumentException.class, () -> new Caller(Caller.Role.ANONYMOUS, ADA));
    }

    @Test
    void aCallerHasARole() {
        assertThrows(NullPointerException.class, () -> new Caller(null, null));
    }

    @Test
    void theFactoriesGiveTheirRoles() {
        assertTrue(Caller.anonymous().isAnonymous());
        assertFalse(Caller.anonymous().isAdmin());
        assertTrue(Caller.admin().isAdmin());
        assertFalse(Caller.admin().isAnonymous());
        assertEquals(Optional.empty(), Caller.admin().seller());
        assertEquals(Optional.of(ADA), Caller.seller(ADA).seller());
        assertFalse(Caller.seller(ADA).isAdmin());
        assertFalse(Caller.seller(ADA).isAnonymous());
    }
}
