package dev.blindspot.exposure.routerconfig;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Address text as the scan prints it ({@code InetAddress#getHostAddress}); never a name lookup. */
public final class Addresses {

    private Addresses() {
    }

    /** The canonical form of one IPv4/IPv6 address literal (no prefix); empty for anything else. */
    public static Optional<String> canonical(String text) {
        IPAddressString s = new IPAddressString(text.trim());
        IPAddress a = s.getAddress();
        if (a == null || !s.isIPAddress() || a.getNetworkPrefixLength() != null && !a.isSingleNetwork()
                || a.getCount().intValue() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(a.getBytes()).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * A destination as a single canonical address, or a network in CIDR form (for example {@code 192.168.1.0/24});
     * empty when the text is neither.
     */
    public static Optional<String> hostOrNetwork(String text) {
        String t = text.trim();
        if (!t.contains("/")) {
            return canonical(t);
        }
        if (t.endsWith("/32") || t.endsWith("/128")) {
            return canonical(t.substring(0, t.lastIndexOf('/')));
        }
        IPAddressString s = new IPAddressString(t);
        return s.isIPAddress() && s.getAddress() != null ? Optional.of(s.getAddress().toPrefixBlock().toCanonicalString())
                : Optional.empty();
    }

    /** True when {@code address} (a canonical address) is {@code destination} or lies in it. */
    public static boolean within(String address, String destination) {
        IPAddress d = new IPAddressString(destination).getAddress();
        IPAddress a = new IPAddressString(address).getAddress();
        return d != null && a != null && d.contains(a);
    }
}
