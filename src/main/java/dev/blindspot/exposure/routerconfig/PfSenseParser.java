package dev.blindspot.exposure.routerconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pfSense and OPNsense {@code config.xml} (Diagnostics > Backup &amp; Restore). {@code <nat><rule>} port forwards on a
 * WAN interface become port forwards ({@code <target>}, {@code <local-port>}, {@code <destination><port>}; not with
 * {@code <nordr/>}, which exempts traffic from redirection);
 * {@code <nat><onetoone>} 1:1 NAT entries become DMZ hosts; {@code <filter><rule>} of type pass on a WAN interface
 * become inbound allows, except those a port forward created ({@code <associated-rule-id>}: the forward is reported
 * already). Targets and ports given as aliases are skipped (the alias is not resolved). {@code <disabled/>} keeps
 * the rule, disabled.
 */
final class PfSenseParser implements ConfigParser {

    @Override
    public List<RouterRule> parse(String file, String text) throws RouterConfigException {
        XmlTree root = XmlTree.parse(file, text);
        if (!root.name().equals("pfsense") && !root.name().equals("opnsense")) {
            throw new RouterConfigException(file, root.line(), "root element <" + Text.shorten(root.name())
                    + "> is neither <pfsense> nor <opnsense>");
        }
        List<RouterRule> rules = new ArrayList<>();
        for (XmlTree nat : root.all("nat")) {
            for (XmlTree r : nat.all("rule")) {
                rules.addAll(forward(file, r));
            }
            for (XmlTree r : nat.all("onetoone")) {
                oneToOne(file, r).ifPresent(rules::add);
            }
        }
        for (XmlTree filter : root.all("filter")) {
            for (XmlTree r : filter.all("rule")) {
                allow(file, r).ifPresent(rules::add);
            }
        }
        return rules;
    }

    private static List<RouterRule> forward(String file, XmlTree r) throws RouterConfigException {
        Origin origin = new Origin(file, r.line());
        if (!wan(r) || r.has("nordr")) {
            return List.of();
        }
        Optional<Protocol> protocol = Protocol.named(r.text("protocol").orElse("any"));
        Optional<String> target = r.text("target").flatMap(Addresses::canonical);
        if (protocol.isEmpty() || target.isEmpty()) {
            return List.of();
        }
        Optional<String> port = r.child("destination").flatMap(d -> d.text("port"));
        if (port.isPresent() && !port.get().matches("[0-9]+([-:][0-9]+)?")) {
            return List.of();
        }
        List<PortRange> external = port.isPresent() ? List.of(Forwards.port(origin, port.get())) : List.of();
        Optional<PortRange> internal = Optional.empty();
        Optional<String> local = r.text("local-port");
        if (local.isPresent() && local.get().matches("[0-9]+")) {
            PortRange start = Forwards.port(origin, local.get());
            int size = external.isEmpty() ? 1 : external.getFirst().size();
            internal = Optional.of(new PortRange(start.first(), Math.min(65_535, start.first() + size - 1)));
        }
        return Forwards.of(origin, protocol.get(), external, target.get(), internal, enabled(r), r.text("descr"));
    }

    private static Optional<RouterRule> oneToOne(String file, XmlTree r) {
        if (!wan(r)) {
            return Optional.empty();
        }
        Optional<String> internal = r.child("source").flatMap(s -> s.text("address")).flatMap(Addresses::canonical);
        return internal.map(a -> new DmzHost(new Origin(file, r.line()), a, enabled(r),
                r.text("descr").or(() -> r.text("external").map(e -> "1:1 NAT of " + e))));
    }

    private static Optional<RouterRule> allow(String file, XmlTree r) throws RouterConfigException {
        Origin origin = new Origin(file, r.line());
        if (!r.text("type").orElse("pass").equals("pass") || !wan(r) || r.text("associated-rule-id").isPresent()) {
            return Optional.empty();
        }
        Optional<Protocol> protocol = Protocol.named(r.text("protocol").orElse("any"));
        if (protocol.isEmpty() || r.child("destination").flatMap(d -> d.child("not")).isPresent()) {
            return Optional.empty();
        }
        Optional<XmlTree> dest = r.child("destination");
        Optional<String> destination = Optional.empty();
        Optional<String> address = dest.flatMap(d -> d.text("address"));
        if (address.isPresent()) {
            destination = Addresses.hostOrNetwork(address.get());
            if (destination.isEmpty()) {
                return Optional.empty();
            }
        }
        List<PortRange> ports = new ArrayList<>();
        Optional<String> port = dest.flatMap(d -> d.text("port"));
        if (port.isPresent()) {
            if (!port.get().matches("[0-9]+([-:][0-9]+)?")) {
                return Optional.empty();
            }
            ports.add(Forwards.port(origin, port.get()));
        }
        boolean toRouter = dest.flatMap(d -> d.text("network")).map(n -> n.equals("wanip") || n.equals("(self)")
                || n.endsWith("ip")).orElse(false);
        return Optional.of(new InboundAllow(origin, protocol.get(), destination, ports, toRouter, enabled(r),
                r.text("descr")));
    }

    /** pfSense marks a disabled rule with an empty {@code <disabled/>}, OPNsense with {@code <disabled>1</disabled>}. */
    private static boolean enabled(XmlTree r) {
        return r.child("disabled").map(d -> d.text().trim().equals("0")).orElse(true);
    }

    private static boolean wan(XmlTree r) {
        return r.text("interface").map(i -> List.of(i.split(",")).stream().anyMatch(Interfaces::isWan)).orElse(false);
    }
}
