package dev.blindspot.exposure.routerconfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MikroTik RouterOS {@code /export} (or {@code /ip firewall export}). Under {@code /ip firewall nat} and
 * {@code /ipv6 firewall nat}, {@code add action=dst-nat} rules not coming in on a LAN interface become port forwards
 * ({@code dst-port} to {@code to-addresses}:{@code to-ports}), or DMZ hosts without {@code dst-port}; under
 * {@code /ip firewall filter}, {@code add action=accept} on chain forward/input from a WAN interface or interface
 * list ({@code in-interface-list=WAN}, {@code !LAN}) become inbound allows. Lines ending in a backslash continue
 * on the next; {@code disabled=yes} keeps the rule, disabled.
 */
final class MikrotikParser implements ConfigParser {

    private static final Set<String> COMMANDS = Set.of("add", "set", "remove", "disable", "enable", "move", "print",
            "unset", "comment", ":local", ":global", ":if", ":foreach", ":do", ":delay", ":log", ":put");

    @Override
    public List<RouterRule> parse(String file, String text) throws RouterConfigException {
        List<RouterRule> rules = new ArrayList<>();
        String menu = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int start = i + 1;
            StringBuilder joined = new StringBuilder(lines[i].strip());
            while (joined.length() > 0 && joined.charAt(joined.length() - 1) == '\\') {
                joined.setLength(joined.length() - 1);
                if (++i >= lines.length || lines[i].isBlank()) {
                    throw new RouterConfigException(file, start, "line continues with '\\' but the file ends (truncated file?)");
                }
                joined.append(lines[i].strip());
            }
            String line = joined.toString();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("/")) {
                int space = line.indexOf(' ');
                String rest = "";
                if (space > 0) {
                    // "/ip firewall nat add ...": the menu is the words before the command
                    List<String> w = Words.split(line).orElseThrow(() -> new RouterConfigException(file, start, "unclosed quote"));
                    int cmd = 0;
                    while (cmd < w.size() && !COMMANDS.contains(w.get(cmd))) {
                        cmd++;
                    }
                    menu = String.join(" ", w.subList(0, cmd));
                    rest = cmd < w.size() ? line.substring(line.indexOf(" " + w.get(cmd)) + 1) : "";
                } else {
                    menu = line;
                }
                if (rest.isEmpty()) {
                    continue;
                }
                line = rest;
            }
            List<String> w = Words.split(line).orElseThrow(() -> new RouterConfigException(file, start, "unclosed quote"));
            if (!COMMANDS.contains(w.getFirst())) {
                throw new RouterConfigException(file, start, "expected a menu (/ip firewall nat) or a command (add),"
                        + " found '" + Text.shorten(line) + "'");
            }
            if (!w.getFirst().equals("add")) {
                continue;
            }
            String m = menu.replaceFirst("^/", "").replace('/', ' ').trim();
            if (m.equals("ip firewall nat") || m.equals("ipv6 firewall nat")) {
                rules.addAll(nat(new Origin(file, start), properties(file, start, w)));
            } else if (m.equals("ip firewall filter") || m.equals("ipv6 firewall filter")) {
                filter(new Origin(file, start), properties(file, start, w)).ifPresent(rules::add);
            }
        }
        return rules;
    }

    private static Map<String, String> properties(String file, int line, List<String> words) throws RouterConfigException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : words.subList(1, words.size())) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new RouterConfigException(file, line, "expected name=value, found '" + Text.shorten(w) + "'");
            }
            out.put(w.substring(0, eq), w.substring(eq + 1));
        }
        return out;
    }

    private static List<RouterRule> nat(Origin origin, Map<String, String> p) throws RouterConfigException {
        String action = p.getOrDefault("action", "accept");
        if (!action.equals("dst-nat") && !action.equals("netmap") || !p.getOrDefault("chain", "").equals("dstnat")
                || !p.containsKey("to-addresses") || fromLan(p)) {
            return List.of();
        }
        Optional<Protocol> protocol = Protocol.named(p.getOrDefault("protocol", "any"));
        if (protocol.isEmpty()) {
            return List.of();
        }
        String to = p.get("to-addresses");
        String host = Addresses.canonical(to.contains("-") ? to.substring(0, to.indexOf('-')) : to).orElseThrow(() ->
                new RouterConfigException(origin.file(), origin.line(), "to-addresses '" + Text.shorten(to) + "' is not an address"));
        Optional<PortRange> internal = p.containsKey("to-ports") ? Optional.of(Forwards.port(origin, p.get("to-ports")))
                : Optional.empty();
        return Forwards.of(origin, protocol.get(), ports(origin, p.getOrDefault("dst-port", "")), host, internal,
                enabled(p), description(p));
    }

    private static Optional<RouterRule> filter(Origin origin, Map<String, String> p) throws RouterConfigException {
        String chain = p.getOrDefault("chain", "");
        String state = p.getOrDefault("connection-state", "").toLowerCase(Locale.ROOT);
        if (!p.getOrDefault("action", "accept").equals("accept") || !chain.equals("forward") && !chain.equals("input")
                || !fromWan(p) || !state.isEmpty() && !state.contains("new") || p.containsKey("connection-nat-state")) {
            return Optional.empty();
        }
        Optional<Protocol> protocol = Protocol.named(p.getOrDefault("protocol", "any"));
        String dst = p.getOrDefault("dst-address", "");
        if (protocol.isEmpty() || dst.startsWith("!")) {
            return Optional.empty();
        }
        Optional<String> destination = Optional.empty();
        if (!dst.isEmpty()) {
            destination = Optional.of(Addresses.hostOrNetwork(dst).orElseThrow(() -> new RouterConfigException(origin.file(),
                    origin.line(), "dst-address '" + Text.shorten(dst) + "' is not an address or network")));
        }
        return Optional.of(new InboundAllow(origin, protocol.get(), destination, ports(origin, p.getOrDefault("dst-port", "")),
                chain.equals("input"), enabled(p), description(p)));
    }

    private static boolean fromLan(Map<String, String> p) {
        String in = p.getOrDefault("in-interface", p.getOrDefault("in-interface-list", ""));
        return !in.isEmpty() && !in.startsWith("!") && Interfaces.isLan(in);
    }

    private static boolean fromWan(Map<String, String> p) {
        String in = p.getOrDefault("in-interface", p.getOrDefault("in-interface-list", ""));
        return in.startsWith("!") ? Interfaces.isLan(in.substring(1)) : Interfaces.isWan(in);
    }

    private static boolean enabled(Map<String, String> p) {
        return !p.getOrDefault("disabled", "no").equals("yes");
    }

    private static Optional<String> description(Map<String, String> p) {
        return Optional.ofNullable(p.get("comment")).filter(c -> !c.isBlank());
    }

    private static List<PortRange> ports(Origin origin, String value) throws RouterConfigException {
        List<PortRange> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(Forwards.port(origin, part));
            }
        }
        return out;
    }
}
