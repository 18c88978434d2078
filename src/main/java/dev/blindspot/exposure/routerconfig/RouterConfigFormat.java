package dev.blindspot.exposure.routerconfig;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The configuration formats {@code --router-config} reads, by the name the option takes. */
public enum RouterConfigFormat {
    IPTABLES("iptables", "iptables-save output"),
    NFT("nft", "nftables ruleset (nft list ruleset)"),
    NFT_JSON("nft-json", "nftables JSON ruleset (nft -j list ruleset)"),
    OPENWRT("openwrt", "OpenWrt /etc/config/firewall (UCI)"),
    PFSENSE("pfsense", "pfSense / OPNsense config.xml"),
    MIKROTIK("mikrotik", "MikroTik RouterOS /export");

    private static final Pattern IPTABLES_LINE = Pattern.compile("(?m)^(\\*(nat|filter|mangle|raw)\\s*$|-A \\S+ )");
    private static final Pattern NFT_TABLE = Pattern.compile("(?m)^\\s*table\\s+(ip|ip6|inet|arp|bridge|netdev)\\s+\\S+\\s*\\{");
    private static final Pattern UCI = Pattern.compile("(?m)^\\s*config\\s+(defaults|zone|forwarding|redirect|rule|include|nat)\\b");
    private static final Pattern ROUTEROS = Pattern.compile("(?m)^(/ip firewall|# .* by RouterOS)");
    private static final Pattern XML_ROOT = Pattern.compile("<(pfsense|opnsense)\\b");

    private final String wireName;
    private final String title;

    RouterConfigFormat(String wireName, String title) {
        this.wireName = wireName;
        this.title = title;
    }

    public String wireName() {
        return wireName;
    }

    public String title() {
        return title;
    }

    /** The format named {@code name} ({@code opnsense} is an alias of {@code pfsense}); empty when unknown. */
    public static Optional<RouterConfigFormat> named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("opnsense")) {
            return Optional.of(PFSENSE);
        }
        if (n.equals("iptables-save")) {
            return Optional.of(IPTABLES);
        }
        return Arrays.stream(values()).filter(f -> f.wireName.equals(n)).findFirst();
    }

    /** Every name the option accepts, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(RouterConfigFormat::wireName).toList()) + ", opnsense";
    }

    /** Tells the format from the content; empty when it looks like none of them. */
    public static Optional<RouterConfigFormat> detect(String text) {
        String head = text.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            return head.contains("\"nftables\"") ? Optional.of(NFT_JSON) : Optional.empty();
        }
        if (head.startsWith("<")) {
            return XML_ROOT.matcher(text).find() ? Optional.of(PFSENSE) : Optional.empty();
        }
        if (ROUTEROS.matcher(text).find()) {
            return Optional.of(MIKROTIK);
        }
        if (NFT_TABLE.matcher(text).find()) {
            return Optional.of(NFT);
        }
        if (UCI.matcher(text).find()) {
            return Optional.of(OPENWRT);
        }
        if (IPTABLES_LINE.matcher(text).find()) {
            return Optional.of(IPTABLES);
        }
        return Optional.empty();
    }
}
