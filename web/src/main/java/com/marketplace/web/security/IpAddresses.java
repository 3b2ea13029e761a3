package com.marketplace.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals, parsed without ever asking DNS (a host name is not an address). */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]{2,45})](?::\\d{1,5})?");

    private IpAddresses() {
    }

    /** The address, when {@code text} is an IPv4 or IPv6 literal; never a DNS lookup. */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.trim();
        boolean v4 = IPV4.matcher(literal).matches();
        if (!v4 && !(IPV6.matcher(literal).matches() && literal.contains(":"))) {
            return Optional.empty();
        }
        if (v4) {
            for (String part : literal.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            // Only a literal gets here, and InetAddress does not look literals up.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    /** Like {@link #parse}, also accepting the {@code 203.0.113.7:4711} and {@code [2001:db8::1]:4711} forms some proxies write. */
    static Optional<InetAddress> parseHop(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String hop = text.trim();
        var withPort = IPV4_WITH_PORT.matcher(hop);
        if (withPort.matches()) {
            return parse(withPort.group(1));
        }
        var bracketed = BRACKETED_IPV6.matcher(hop);
        if (bracketed.matches()) {
            return parse(bracketed.group(1));
        }
        return parse(hop);
    }
}
