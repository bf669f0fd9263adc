package org.readoutdiff.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a watch may connect: after DNS resolution, every address of the host must be a public
 * one. Loopback, private (RFC 1918, unique-local IPv6), link-local (where cloud metadata
 * services answer, 169.254.169.254), carrier-grade NAT, unspecified, multicast and reserved
 * addresses are refused, unless the host name, the address or a CIDR holding it is listed in
 * {@code readout-diff.watch.allowed-hosts} (READOUT_DIFF_WATCH_ALLOWED_HOSTS). The fetcher
 * connects to the very address checked here, so a second DNS answer cannot slip another one in.
 */
final class WatchAddresses {

    private final List<String> hosts = new ArrayList<>();
    private final List<byte[]> networks = new ArrayList<>();
    private final List<Integer> prefixes = new ArrayList<>();

    /** @param allowed host names, addresses and CIDRs, comma-separated; blank for none */
    WatchAddresses(String allowed) {
        for (String entry : allowed == null ? new String[0] : allowed.split(",")) {
            String item = entry.strip().toLowerCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            int slash = item.indexOf('/');
            String address = slash < 0 ? item : item.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                hosts.add(item);
                continue;
            }
            int bits = bytes.length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(item.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("readout-diff.watch.allowed-hosts: '" + entry.strip()
                        + "' has a prefix length outside 0.." + bits);
            }
            networks.add(bytes);
            prefixes.add(prefix);
        }
    }

    /**
     * The address to connect to for {@code host}: resolved, every address checked.
     *
     * @throws FetchProblem when the host does not resolve or one of its addresses is refused
     */
    InetAddress resolve(String host) throws FetchProblem {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new FetchProblem("the host '" + host + "' was not found (DNS)");
        }
        boolean hostListed = hosts.contains(name);
        for (InetAddress address : all) {
            String kind = refusedKind(address);
            if (kind != null && !hostListed && !listed(address)) {
                throw new FetchProblem("refused: '" + host + "' resolves to " + address.getHostAddress() + ", a " + kind
                        + " address; a watch may not reach the server's own network (list the host in "
                        + "READOUT_DIFF_WATCH_ALLOWED_HOSTS to allow it)");
            }
        }
        return all[0];
    }

    private boolean listed(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < networks.size(); i++) {
            byte[] network = networks.get(i);
            if (network.length == bytes.length && samePrefix(network, bytes, prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePrefix(byte[] a, byte[] b, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Why an address is not a public one, or null when it is. */
    static String refusedKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local (cloud metadata)";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "reserved (this network)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "shared (carrier-grade NAT)";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "reserved (IETF)";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "reserved (benchmarking)";
            }
            if (first >= 240) {
                return "reserved";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private (unique local)";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "private (site local)";
            }
            // 64:ff9b::/96 (NAT64) and ::/96 (IPv4-compatible) carry an IPv4 address: judge that one
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            boolean compatible = true;
            for (int i = 0; i < 12; i++) {
                compatible &= b[i] == 0;
            }
            if (nat64 || compatible) {
                try {
                    return refusedKind(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "reserved";
                }
            }
        }
        return null;
    }

    /** The bytes of an IP address literal, or null for a host name (no DNS lookup). */
    private static byte[] literal(String text) {
        if (text.matches("[0-9.]+") && text.chars().filter(c -> c == '.').count() == 3 || text.contains(":")) {
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }
}
