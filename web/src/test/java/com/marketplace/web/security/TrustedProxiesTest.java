package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    @Test
    void nothingConfiguredTrustsNoOne() {
        assertTrue(TrustedProxies.parse("").isEmpty());
        assertFalse(TrustedProxies.parse(" , ").contains("127.0.0.1"));
    }

    @Test
    void singleAddressesAndCidrBlocksOfBothFamiliesAreUnderstood() {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8,172.16.0.0/12 , 2001:db8::/32, ::1");

        assertTrue(proxies.contains("127.0.0.1"));
        assertFalse(proxies.contains("127.0.0.2"));
        assertTrue(proxies.contains("10.255.255.255"));
        assertTrue(proxies.contains("172.31.0.1"));
        assertFalse(proxies.contains("172.32.0.1"));
        assertTrue(proxies.contains("2001:db8:abcd::1"));
        assertFalse(proxies.contains("2001:db9::1"));
        assertTrue(proxies.contains("0:0:0:0:0:0:0:1"));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheSameAddress() {
        assertTrue(TrustedProxies.parse("10.0.0.0/8").contains("::ffff:10.1.2.3"));
    }

    @Test
    void somethingThatIsNoAddressIsNeverTrustedAndNeverLookedUp() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8");

        assertFalse(proxies.contains("localhost"));
        assertFalse(proxies.contains("10.0.0.300"));
        assertFalse(proxies.contains((String) null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.internal", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "2001:db8::/129", "300.1.1.1", "10.0.0"})
    void aMalformedEntryIsRefusedNotSkipped(String entry) {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("127.0.0.1, " + entry));
    }
}
