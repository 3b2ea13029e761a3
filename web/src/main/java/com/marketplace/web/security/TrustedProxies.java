package com.marketplace.web.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose {@code X-Forwarded-For} is believed ({@code TRUSTED_PROXIES}): a comma-separated
 * list of addresses and CIDR blocks, such as {@code 10.0.0.0/8, 2001:db8::/32, 127.0.0.1}. Empty
 * (the default) trusts no one, so the header, which any client can write, is never read.
 */
public final class TrustedProxies {

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Parses the configured list; a malformed entry is refused, naming it, rather than skipped. */
    public static TrustedProxies parse(String configured) {
        List<Block> blocks = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured.split(",")) {
                if (!entry.isBlank()) {
                    blocks.add(Block.parse(entry.trim()));
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean contains(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    public boolean contains(String address) {
        return IpAddresses.parse(address).map(this::contains).orElse(false);
    }

    private record Block(byte[] network, int prefixBits) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            String addressPart = slash < 0 ? entry : entry.substring(0, slash);
            Optional<InetAddress> address = IpAddresses.parse(addressPart);
            if (address.isEmpty()) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR block");
            }
            byte[] bytes = address.get().getAddress();
            int maxBits = bytes.length * 8;
            int bits = maxBits;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > maxBits) {
                    throw new IllegalArgumentException("'" + entry + "' has a prefix length outside 0-" + maxBits);
                }
            }
            return new Block(bytes, bits);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int fullBytes = prefixBits / 8;
            if (!Arrays.equals(bytes, 0, fullBytes, network, 0, fullBytes)) {
                return false;
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
