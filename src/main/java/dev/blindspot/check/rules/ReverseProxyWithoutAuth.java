package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.VendorApiObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A VMS (Frigate, ZoneMinder, Shinobi, motionEye, Blue Iris, Milestone, Agent DVR, Nx Witness) reached through a
 * reverse proxy that adds no authentication: on one port the answer shows a proxy (a {@code Via} or
 * {@code X-Forwarded-*} header, or a {@code Server} naming nginx, Apache, Caddy, Traefik, HAProxy, envoy… that
 * the VMS does not send itself on that port) and the VMS's own page or API answered there without credentials.
 * FAIL (high); PASS when the proxy answered {@code GET /} with its own 401 challenge. Frigate's container has its
 * own nginx on 5000 and 8971, and ZoneMinder runs under Apache or nginx: a bare {@code Server: nginx} there is the
 * VMS itself, not a proxy.
 */
public final class ReverseProxyWithoutAuth implements Check {

    public static final String ID = "reverse-proxy-without-auth";

    /** VMS vendor → the words its page carries (title or body) and the prefix of its vendor APIs. */
    private record Vms(List<String> markers, String apiPrefix) {}

    private static final Map<String, Vms> VMS = Map.of(
            "Frigate", new Vms(List.of("frigate"), "frigate."),
            "ZoneMinder", new Vms(List.of("zoneminder", "zm - "), "zoneminder."),
            "Shinobi", new Vms(List.of("shinobi"), "shinobi."),
            "motionEye", new Vms(List.of("motioneye"), "motioneye."),
            "Blue Iris", new Vms(List.of("blue iris"), "blueiris."),
            "Milestone", new Vms(List.of("xprotect", "milestone"), "milestone."),
            "Agent DVR", new Vms(List.of("agent dvr", "ispy"), "agentdvr."),
            "Nx Witness", new Vms(List.of("nx witness"), "nx."));

    /** Servers that front applications (never a VMS's own name). */
    private static final List<String> PROXIES = List.of("nginx", "openresty", "apache", "caddy", "traefik",
            "haproxy", "envoy", "lighttpd", "microsoft-iis", "cloudflare", "squid", "varnish");

    /** The server a VMS sends itself, by VMS; a port set restricts where (Frigate's container nginx). */
    private record Native(Set<String> servers, Set<Integer> ports) {}

    private static final Map<String, Native> NATIVE = Map.of(
            "Frigate", new Native(Set.of("nginx"), Set.of(5000, 8971)),
            "ZoneMinder", new Native(Set.of("nginx", "apache"), Set.of()));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            Identity identity = inventory.identity(address);
            Optional<String> vms = identity.vendor().filter(VMS::containsKey);
            if (vms.isEmpty()) {
                continue;
            }
            for (HttpObservation h : inventory.of(address, HttpObservation.class)
                    .filter(h -> h.path().equals("/")).toList()) {
                Optional<HttpReply> reply = h.outcome().answer();
                if (reply.isEmpty()) {
                    continue;
                }
                Optional<String> proxy = proxySignal(vms.get(), h.port(), reply.get());
                if (proxy.isEmpty()) {
                    continue;
                }
                Optional<String> answered = vmsAnswer(inventory, address, h.port(), vms.get(), reply.get());
                if (answered.isPresent()) {
                    out.add(CheckResult.fail(address, h.port(), vms.get() + " answers through a reverse proxy ("
                            + proxy.get() + ") on " + (h.tls() ? "HTTPS" : "HTTP") + " port " + h.port()
                            + " without the proxy asking for credentials: " + answered.get(), Confidence.CONFIRMED));
                } else if (reply.get().status() == 401 && reply.get().headers().first("WWW-Authenticate").isPresent()) {
                    out.add(CheckResult.pass(address, h.port(), "the reverse proxy (" + proxy.get()
                            + ") asks for credentials: 401 " + reply.get().headers().first("WWW-Authenticate")
                            .map(ReverseProxyWithoutAuth::scheme).orElse("")));
                }
            }
        }
        return out;
    }

    /** Why this answer came through a proxy, if it did. */
    static Optional<String> proxySignal(String vms, int port, HttpReply reply) {
        Optional<String> via = reply.headers().first("Via");
        if (via.isPresent()) {
            return Optional.of("Via: " + cut(via.get()));
        }
        for (String h : List.of("X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP")) {
            if (reply.headers().first(h).isPresent()) {
                return Optional.of(h + " header");
            }
        }
        Optional<String> server = reply.server().map(s -> s.strip().toLowerCase(Locale.ROOT));
        if (server.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> product = PROXIES.stream().filter(p -> server.get().startsWith(p)).findFirst();
        if (product.isEmpty()) {
            return Optional.empty();
        }
        Native own = NATIVE.get(vms);
        if (own != null && own.servers().stream().anyMatch(s -> product.get().startsWith(s))
                && (own.ports().isEmpty() || own.ports().contains(port))) {
            return Optional.empty();
        }
        return Optional.of("Server: " + cut(reply.server().orElseThrow()));
    }

    /** What of the VMS answered on this port without credentials: its API, or its own page. */
    private static Optional<String> vmsAnswer(Inventory inventory, String address, int port, String vms,
                                              HttpReply page) {
        Vms v = VMS.get(vms);
        Optional<String> api = inventory.of(address, VendorApiObservation.class)
                .filter(o -> o.port() == port && o.api().startsWith(v.apiPrefix()))
                .filter(o -> o.outcome().answer().map(r -> r.status() == 200 && !r.fields().isEmpty()).orElse(false))
                .map(o -> "its API " + o.api() + " answered 200").findFirst();
        if (api.isPresent()) {
            return api;
        }
        if (page.status() != 200) {
            return Optional.empty();
        }
        String title = page.title().orElse("").toLowerCase(Locale.ROOT);
        String body = page.body().toLowerCase(Locale.ROOT);
        return v.markers().stream().filter(m -> title.contains(m) || body.contains(m)).findFirst()
                .map(m -> "its page (GET / 200" + page.title().map(t -> ", title \"" + cut(t) + "\"").orElse("") + ")");
    }

    private static String scheme(String challenge) {
        String c = cut(challenge);
        int comma = c.indexOf(',');
        return comma > 0 ? c.substring(0, comma) : c;
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
