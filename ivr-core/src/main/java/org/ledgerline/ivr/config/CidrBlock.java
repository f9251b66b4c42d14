package org.ledgerline.ivr.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}; a bare
 * address means just that address), parsed without any DNS lookup.
 *
 * <p>A block with host bits set ({@code 10.0.0.1/8}) is refused rather than silently widened or
 * narrowed: an allow-list that says something other than what was meant is a security bug. IPv4
 * blocks match only IPv4 peers and IPv6 blocks only IPv6 peers; the JDK already hands IPv4-mapped
 * IPv6 peers ({@code ::ffff:127.0.0.1}) over as IPv4 addresses.
 */
public final class CidrBlock {
    private final byte[] network;
    private final int prefixLength;

    private CidrBlock(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Parses {@code address/prefix} or a bare IP literal.
     *
     * @throws IllegalArgumentException not an IP literal, a prefix out of range, or host bits set
     */
    public static CidrBlock parse(String text) {
        String value = Objects.requireNonNull(text, "text").strip();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        byte[] bytes = literal(address);
        int maxPrefix = bytes.length * 8;
        int prefix = slash < 0 ? maxPrefix : prefix(value.substring(slash + 1), maxPrefix);
        for (int bit = prefix; bit < maxPrefix; bit++) {
            if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                throw new IllegalArgumentException("'" + value + "' has host bits set after the /" + prefix
                        + " prefix; write the network address of the block");
            }
        }
        return new CidrBlock(bytes, prefix);
    }

    /** Whether {@code peer} lies inside this block. */
    public boolean contains(InetAddress peer) {
        byte[] bytes = peer.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }

    private static byte[] literal(String address) {
        boolean ipv4 = address.indexOf(':') < 0;
        // Only a full dotted quad for IPv4: the legacy short forms ("10.1" = 10.0.0.1) mislead readers.
        if (ipv4 ? !address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") : !address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("'" + address + "' is not an IPv4 or IPv6 address literal");
        }
        try {
            return InetAddress.ofLiteral(address).getAddress();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + address + "' is not an IPv4 or IPv6 address literal", e);
        }
    }

    private static int prefix(String text, int maxPrefix) {
        if (!text.matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException("prefix '/" + text + "' must be a number 0-" + maxPrefix);
        }
        int prefix = Integer.parseInt(text);
        if (prefix > maxPrefix) {
            throw new IllegalArgumentException("prefix '/" + text + "' must be a number 0-" + maxPrefix);
        }
        return prefix;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CidrBlock block && block.prefixLength == prefixLength
                && Arrays.equals(block.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    /** The block in CIDR notation, e.g. {@code 127.0.0.0/8} or {@code 0:0:0:0:0:0:0:1/128}. */
    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a parsed block always has 4 or 16 bytes", e);
        }
    }
}
