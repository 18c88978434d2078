package dev.blindspot.exposure.routerconfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * OpenWrt {@code /etc/config/firewall} (UCI, also as {@code uci export firewall}). {@code config redirect} sections
 * with target DNAT (the default) from a WAN zone become port forwards, or a DMZ host when they name no port;
 * {@code config rule} sections with target ACCEPT from a WAN zone become inbound allows (to the router itself when
 * they have no {@code dest}). {@code option enabled '0'} keeps the rule, disabled.
 */
final class OpenWrtParser implements ConfigParser {

    private record Section(String type, int line, Map<String, List<String>> options) {
        String get(String key, String fallback) {
            List<String> v = options.get(key);
            return v == null || v.isEmpty() ? fallback : String.join(" ", v);
        }
    }

    @Override
    public List<RouterRule> parse(String file, String text) throws RouterConfigException {
        List<Section> sections = new ArrayList<>();
        Section current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> w = Words.split(line).orElseThrow(() -> new RouterConfigException(file, n, "unclosed quote"));
            switch (w.getFirst()) {
                case "package" -> { }
                case "config" -> {
                    if (w.size() < 2 || w.size() > 3) {
                        throw new RouterConfigException(file, n, "expected 'config TYPE [NAME]'");
                    }
                    current = new Section(w.get(1), n, new LinkedHashMap<>());
                    sections.add(current);
                }
                case "option", "list" -> {
                    if (current == null) {
                        throw new RouterConfigException(file, n, w.getFirst() + " before any 'config' section");
                    }
                    if (w.size() != 3) {
                        throw new RouterConfigException(file, n, "expected '" + w.getFirst() + " NAME 'VALUE''");
                    }
                    List<String> values = current.options().computeIfAbsent(w.get(1), k -> new ArrayList<>());
                    if (w.getFirst().equals("option")) {
                        values.clear();
                    }
                    values.add(w.get(2));
                }
                default -> throw new RouterConfigException(file, n, "expected config, option or list, found '"
                        + Text.shorten(line) + "'");
            }
        }
        List<RouterRule> rules = new ArrayList<>();
        for (Section s : sections) {
            if (s.type().equals("redirect")) {
                rules.addAll(redirect(file, s));
            } else if (s.type().equals("rule")) {
                rules.addAll(rule(file, s));
            }
        }
        return rules;
    }

    private static List<RouterRule> redirect(String file, Section s) throws RouterConfigException {
        Origin origin = new Origin(file, s.line());
        String target = s.get("target", "DNAT").toUpperCase(Locale.ROOT);
        if (!target.equals("DNAT") || !Interfaces.isWan(s.get("src", "")) || !s.options().containsKey("dest_ip")) {
            return List.of();
        }
        Optional<Protocol> protocol = Protocol.named(s.get("proto", "tcp udp"));
        if (protocol.isEmpty()) {
            return List.of();
        }
        String host = Addresses.canonical(s.get("dest_ip", "")).orElseThrow(() ->
                new RouterConfigException(file, s.line(), "dest_ip '" + Text.shorten(s.get("dest_ip", "")) + "' is not an address"));
        List<PortRange> external = ports(origin, s.get("src_dport", ""));
        List<PortRange> internal = ports(origin, s.get("dest_port", ""));
        return Forwards.of(origin, protocol.get(), external, host, internal.stream().findFirst(), enabled(s),
                Optional.of(s.get("name", "")).filter(d -> !d.isBlank()));
    }

    private static List<RouterRule> rule(String file, Section s) throws RouterConfigException {
        Origin origin = new Origin(file, s.line());
        if (!s.get("target", "").equalsIgnoreCase("ACCEPT") || !Interfaces.isWan(s.get("src", ""))) {
            return List.of();
        }
        Optional<Protocol> protocol = Protocol.named(s.get("proto", "tcp udp"));
        if (protocol.isEmpty()) {
            return List.of();
        }
        Optional<String> destination = Optional.empty();
        if (s.options().containsKey("dest_ip")) {
            String d = s.get("dest_ip", "");
            destination = Optional.of(Addresses.hostOrNetwork(d).orElseThrow(() ->
                    new RouterConfigException(file, s.line(), "dest_ip '" + Text.shorten(d) + "' is not an address or network")));
        }
        return List.of(new InboundAllow(origin, protocol.get(), destination, ports(origin, s.get("dest_port", "")),
                !s.options().containsKey("dest"), enabled(s), Optional.of(s.get("name", "")).filter(d -> !d.isBlank())));
    }

    private static boolean enabled(Section s) {
        String e = s.get("enabled", "1").toLowerCase(Locale.ROOT);
        return !(e.equals("0") || e.equals("false") || e.equals("no") || e.equals("off"));
    }

    private static List<PortRange> ports(Origin origin, String value) throws RouterConfigException {
        List<PortRange> out = new ArrayList<>();
        for (String p : value.trim().split("[\\s,]+")) {
            if (!p.isEmpty()) {
                out.add(Forwards.port(origin, p));
            }
        }
        return out;
    }
}
