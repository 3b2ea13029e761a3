package com.marketplace.platform.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerPrincipalsTest {

    @Test
    void anAdminsNameReadsBackAsThatAdmin() {
        Caller caller = CallerPrincipals.callerOf(principal(CallerPrincipals.adminName("ops@example.com")));

        assertTrue(caller.isAdmin());
        assertEquals("ops@example.com", caller.adminEmail());
        assertEquals(Set.of("ADMIN"), CallerPrincipals.groupsOf(CallerPrincipals.adminName("ops@example.com")));
    }

    @Test
    void aSellersNameReadsBackAsThatSeller() {
        Caller caller = CallerPrincipals.callerOf(principal(CallerPrincipals.sellerName(new SellerId(42))));

        assertEquals(Caller.seller(new SellerId(42)), caller);
        assertEquals(Set.of("SELLER"), CallerPrincipals.groupsOf("seller:42"));
    }

    @Test
    void aBuyersNameReadsBackAsThatBuyerNeverASeller() {
        Caller caller = CallerPrincipals.callerOf(principal(CallerPrincipals.buyerName(new BuyerId(9))));

        assertEquals(Caller.buyer(new BuyerId(9)), caller);
        assertTrue(caller.seller().isEmpty() && !caller.isAdmin());
        assertEquals(Set.of("BUYER"), CallerPrincipals.groupsOf("buyer:9"));
        assertTrue(CallerPrincipals.callerOf(principal("buyer:x")).isAnonymous());
        assertTrue(CallerPrincipals.callerOf(principal("buyer:-1")).isAnonymous());
    }

    @Test
    void anythingElseIsAnonymousNeverAnAdmin() {
        assertTrue(CallerPrincipals.callerOf(null).isAnonymous());
        assertTrue(CallerPrincipals.callerOf(principal("ANONYMOUS")).isAnonymous());
        assertTrue(CallerPrincipals.callerOf(principal("admin:")).isAnonymous());
        assertTrue(CallerPrincipals.callerOf(principal("seller:abc")).isAnonymous());
        assertTrue(CallerPrincipals.callerOf(principal("seller:0")).isAnonymous());
        assertEquals(Set.of(), CallerPrincipals.groupsOf("root"));
    }

    private static Principal principal(String name) {
        return () -> name;
    }
}
