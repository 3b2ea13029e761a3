package com.marketplace.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who is on the other end, for the per-address limits (sign-in throttling, abuse limits). The
 * direct peer, unless it is a trusted proxy ({@link TrustedProxies}): then {@code X-Forwarded-For}
 * is read from the right, each proxy having appended the address it saw, and the first hop that is
 * not itself a trusted proxy is the client. What lies further left was written by the client and
 * proves nothing. A hop that is not an address stops the walk at the last one known.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    SecuritySettings settings;

    /** The client's address as text, for the limits and the logs. */
    public String of(HttpServletRequest request) {
        List<String> forwarded = request.getHeaders(FORWARDED_FOR) == null ? List.of() : Collections.list(request.getHeaders(FORWARDED_FOR));
        return resolve(request.getRemoteAddr(), forwarded, settings.trustedProxies());
    }

    static String resolve(String peer, List<String> forwardedForHeaders, TrustedProxies trusted) {
        Optional<InetAddress> peerAddress = IpAddresses.parse(peer);
        if (peerAddress.isEmpty() || !trusted.contains(peerAddress.get())) {
            return peerAddress.map(InetAddress::getHostAddress).orElse(String.valueOf(peer));
        }
        InetAddress client = peerAddress.get();
        List<String> hops = hops(forwardedForHeaders);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddresses.parseHop(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusted.contains(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /**
     * What a limit counts under: the address itself, except that an IPv6 client counts by its
     * /64, since one subscriber is routinely given a whole /64 and could otherwise take a fresh
     * address for every attempt.
     */
    public static String limitKey(String address) {
        Optional<InetAddress> parsed = IpAddresses.parse(address);
        if (parsed.isPresent() && parsed.get() instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            StringBuilder prefix = new StringBuilder("v6/64:");
            for (int i = 0; i < 8; i++) {
                prefix.append(String.format("%02x", bytes[i]));
            }
            return prefix.toString();
        }
        return parsed.map(InetAddress::getHostAddress).orElse(String.valueOf(address));
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        return hops;
    }
}
