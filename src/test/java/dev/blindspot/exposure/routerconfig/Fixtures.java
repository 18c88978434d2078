package dev.blindspot.exposure.routerconfig;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Test helper: the router configurations under src/test/resources/routercfg, and rules in one line each. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/routercfg/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RouterConfig read(String name) throws RouterConfigException {
        return new RouterConfigReader().read(path(name), Optional.empty());
    }

    static RouterConfigException failure(String name) {
        try {
            new RouterConfigReader().read(path(name), Optional.empty());
        } catch (RouterConfigException e) {
            return e;
        }
        throw new AssertionError(name + " was read without error");
    }

    /** "12 fwd TCP 8554 -> 192.168.1.64:554", "30 dmz 192.168.1.108 off", "40 allow TCP 554 -> 192.168.1.64". */
    static List<String> lines(RouterConfig config) {
        return config.rules().stream().map(Fixtures::line).toList();
    }

    static String line(RouterRule rule) {
        String text = switch (rule) {
            case PortForward f -> "fwd " + f.protocol().label() + " " + f.external() + " -> " + f.internalAddress() + ":" + f.internal();
            case DmzHost d -> "dmz " + d.internalAddress();
            case InboundAllow a -> (a.toRouter() ? "input " : "allow ") + a.protocol().label() + " "
                    + (a.ports().isEmpty() ? "*" : a.ports().stream().map(PortRange::toString).collect(Collectors.joining(",")))
                    + " -> " + a.destination().orElse("*");
        };
        return rule.origin().line() + " " + text + (rule.enabled() ? "" : " off");
    }
}
