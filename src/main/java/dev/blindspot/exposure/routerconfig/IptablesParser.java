package dev.blindspot.exposure.routerconfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * iptables-save output. In the {@code nat} table, DNAT rules on prerouting chains become port forwards (a DNAT
 * without destination port a DMZ host); LAN-side chains (NAT reflection) and REDIRECT to the router are skipped. In
 * the {@code filter} table, ACCEPT rules in input/forward chains whose in-interface or chain name is the WAN side
 * (OpenWrt's {@code zone_wan_forward}) become inbound allows; connection-tracking companions (ESTABLISHED, DNAT
 * state) are skipped.
 */
final class IptablesParser implements ConfigParser {

    @Override
    public List<RouterRule> parse(String file, String text) throws RouterConfigException {
        List<RouterRule> rules = new ArrayList<>();
        String table = null;
        int tableLine = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("*")) {
                if (table != null) {
                    throw new RouterConfigException(file, n, "table " + line.substring(1) + " starts before table "
                            + table + " (line " + tableLine + ") has its COMMIT");
                }
                table = line.substring(1).trim();
                tableLine = n;
            } else if (line.equals("COMMIT")) {
                if (table == null) {
                    throw new RouterConfigException(file, n, "COMMIT outside a table");
                }
                table = null;
            } else if (line.startsWith(":")) {
                if (table == null) {
                    throw new RouterConfigException(file, n, "chain declaration outside a table (*nat, *filter)");
                }
            } else if (line.startsWith("-A ") || line.startsWith("-I ")) {
                if (table == null) {
                    throw new RouterConfigException(file, n, "rule outside a table (*nat, *filter)");
                }
                rules.addAll(rule(file, n, table, line));
            } else {
                throw new RouterConfigException(file, n, "expected a table (*nat), a chain (:NAME), a rule (-A) or COMMIT,"
                        + " found '" + Text.shorten(line) + "'");
            }
        }
        if (table != null) {
            throw new RouterConfigException(file, tableLine, "table " + table + " has no COMMIT (truncated file?)");
        }
        return rules;
    }

    private static List<RouterRule> rule(String file, int n, String table, String line) throws RouterConfigException {
        List<String> words = Words.split(line)
                .orElseThrow(() -> new RouterConfigException(file, n, "unclosed quote"));
        if (words.size() < 2) {
            throw new RouterConfigException(file, n, "rule without a chain");
        }
        String chain = words.get(1);
        Map<String, String> opts = new HashMap<>();
        Map<String, Boolean> negated = new HashMap<>();
        boolean not = false;
        for (int i = 2; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("!")) {
                not = true;
                continue;
            }
            if (w.startsWith("-")) {
                String key = canonicalOption(w);
                String value = i + 1 < words.size() && !words.get(i + 1).startsWith("-") ? words.get(++i) : "";
                opts.merge(key, value, (a, b) -> key.equals("comment") ? a : b);
                negated.put(key, not);
                not = false;
            }
        }
        String target = opts.getOrDefault("jump", "");
        Origin origin = new Origin(file, n);
        Optional<String> comment = Optional.ofNullable(opts.get("comment")).map(c -> c.replaceFirst("^!fw3: ?", ""))
                .filter(c -> !c.isBlank());
        String lowerChain = chain.toLowerCase(Locale.ROOT);
        String in = opts.getOrDefault("in", "");
        boolean inNegated = negated.getOrDefault("in", false);
        Optional<Protocol> protocol = Protocol.named(opts.getOrDefault("protocol", "all"));
        if (protocol.isEmpty() || negated.getOrDefault("protocol", false)) {
            return List.of();
        }
        List<PortRange> ports = ports(file, n, opts);
        if (table.equals("nat") && target.equals("DNAT")) {
            if (lowerChain.contains("postrouting") || lowerChain.contains("output") || Interfaces.isLan(chain)
                    || !in.isEmpty() && !inNegated && Interfaces.isLan(in)) {
                return List.of();
            }
            return Forwards.of(origin, protocol.get(), ports, opts.getOrDefault("to-destination", ""), true, comment);
        }
        // OpenWrt fw3 accepts forwarded traffic through zone_lan_dest_ACCEPT and the like
        if (table.equals("filter") && (target.equals("ACCEPT") || target.matches("zone_.+_dest_ACCEPT"))) {
            String state = opts.getOrDefault("ctstate", opts.getOrDefault("state", "")).toUpperCase(Locale.ROOT);
            boolean forward = lowerChain.contains("forward");
            boolean input = lowerChain.contains("input");
            boolean wan = !in.isEmpty() && !inNegated && Interfaces.isWan(in) || in.isEmpty() && Interfaces.isWan(chain);
            if (!wan || !forward && !input || !state.isEmpty() && !state.contains("NEW")
                    || negated.getOrDefault("destination", false)) {
                return List.of();
            }
            Optional<String> destination = Optional.empty();
            if (opts.containsKey("destination")) {
                destination = Addresses.hostOrNetwork(opts.get("destination"));
                if (destination.isEmpty()) {
                    throw new RouterConfigException(file, n, "'" + Text.shorten(opts.get("destination"))
                            + "' is not an address or network");
                }
            }
            return List.of(new InboundAllow(origin, protocol.get(), destination, ports, !forward, true, comment));
        }
        return List.of();
    }

    private static List<PortRange> ports(String file, int n, Map<String, String> opts) throws RouterConfigException {
        List<PortRange> out = new ArrayList<>();
        try {
            if (opts.containsKey("dport")) {
                out.add(PortRange.parse(opts.get("dport")));
            }
            if (opts.containsKey("dports")) {
                for (String p : opts.get("dports").split(",")) {
                    out.add(PortRange.parse(p));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new RouterConfigException(file, n, e.getMessage());
        }
        return out;
    }

    private static String canonicalOption(String w) {
        return switch (w) {
            case "-p", "--protocol" -> "protocol";
            case "-i", "--in-interface" -> "in";
            case "-o", "--out-interface" -> "out";
            case "-d", "--destination", "--dst" -> "destination";
            case "-s", "--source", "--src" -> "source";
            case "-j", "--jump", "-g", "--goto" -> "jump";
            case "--dport", "--destination-port" -> "dport";
            case "--dports", "--destination-ports" -> "dports";
            case "--ctstate" -> "ctstate";
            case "--state" -> "state";
            case "--comment" -> "comment";
            case "--to-destination" -> "to-destination";
            default -> w.replaceFirst("^-+", "");
        };
    }
}
