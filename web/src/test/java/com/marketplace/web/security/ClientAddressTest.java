package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final TrustedProxies BALANCERS = TrustedProxies.parse("10.0.0.0/8, 2001:db8:ffff::/48");

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverRead() {
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", List.of("203.0.113.1"), TrustedProxies.none()));
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", List.of("203.0.113.1"), BALANCERS));
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItAppended() {
        assertEquals("203.0.113.1", ClientAddress.resolve("10.1.2.3", List.of("203.0.113.1"), BALANCERS));
    }

    @Test
    void whatTheClientWroteItselfFurtherLeftIsIgnored() {
        assertEquals("203.0.113.1", ClientAddress.resolve("10.1.2.3", List.of("6.6.6.6, 1.1.1.1, 203.0.113.1"), BALANCERS));
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        assertEquals("203.0.113.1", ClientAddress.resolve("10.1.2.3", List.of("6.6.6.6, 203.0.113.1, 10.9.9.9", "10.4.4.4"), BALANCERS));
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkAtTheLastKnownOne() {
        assertEquals("10.9.9.9", ClientAddress.resolve("10.1.2.3", List.of("203.0.113.1, unknown, 10.9.9.9"), BALANCERS));
        assertEquals("10.1.2.3", ClientAddress.resolve("10.1.2.3", List.of("evil.example"), BALANCERS));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTheClient() {
        assertEquals("10.1.2.3", ClientAddress.resolve("10.1.2.3", List.of(), BALANCERS));
    }

    @Test
    void portsAndBracketsSomeProxiesWriteAreUnderstood() {
        assertEquals("203.0.113.1", ClientAddress.resolve("10.1.2.3", List.of("203.0.113.1:51234"), BALANCERS));
        assertEquals("2001:db8:0:0:0:0:0:7", ClientAddress.resolve("10.1.2.3", List.of("[2001:db8::7]:443"), BALANCERS));
    }

    @Test
    void ipv6ProxiesAndClientsWork() {
        assertEquals("2001:db8:1:0:0:0:0:9", ClientAddress.resolve("2001:db8:ffff:1::5", List.of("2001:db8:1::9"), BALANCERS));
    }

    @Test
    void anIpv6ClientIsLimitedByItsSlash64AndAnIpv4ClientByItsAddress() {
        assertEquals(ClientAddress.limitKey("2001:db8:1:2::1"), ClientAddress.limitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("203.0.113.1", ClientAddress.limitKey("203.0.113.1"));
    }
}
