package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.VendorApiObservation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * FAIL when a plain-HTTP port challenged with Basic: a Basic login that succeeded there is CONFIRMED (the password
 * crossed the network readable); a challenge alone (a 401 of the first pass, of the snapshot probe's requests, or the
 * challenge a credential-pass login answered) is LIKELY, under every profile, since any client that logs in there
 * sends the password readable. PASS when the port's challenges offered only other schemes. Ports where no
 * authentication challenge was seen are not judged.
 */
public final class HttpBasicAuthCleartext implements Check {

    public static final String ID = "http-basic-auth-cleartext";
    /** The snapshot probe's observation names ({@code protocol.snapshot.SnapshotProbe}: API and CONFIG_API). */
    private static final java.util.Set<String> SNAPSHOT_APIS = java.util.Set.of("snapshot", "snapshot.config");

    /** One 401 challenge seen on a port: the WWW-Authenticate value (or scheme) and the request that drew it. */
    private record Challenge(String header, String path) {
        boolean basic() {
            return header.strip().toLowerCase(Locale.ROOT).startsWith("basic");
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        TreeMap<String, List<Challenge>> byPort = new TreeMap<>();
        TreeMap<String, String[]> ports = new TreeMap<>();
        inventory.all(HttpObservation.class).filter(o -> !o.tls()).forEach(o -> {
            String key = key(o.address(), o.port());
            ports.putIfAbsent(key, new String[] {o.address(), Integer.toString(o.port())});
            List<Challenge> list = byPort.computeIfAbsent(key, k -> new ArrayList<>());
            o.outcome().answer().filter(r -> r.status() == 401)
                    .ifPresent(r -> r.headers().all("WWW-Authenticate").forEach(h -> list.add(new Challenge(h, o.path()))));
        });
        // the snapshot probe asks only web ports whose GET / answered, with GET /'s TLS flag: keep plain-HTTP ones
        inventory.all(VendorApiObservation.class).filter(o -> SNAPSHOT_APIS.contains(o.api())
                && byPort.containsKey(key(o.address(), o.port()))).forEach(o -> o.outcome().answer()
                .filter(r -> r.status() == 401).ifPresent(r -> {
                    String path = r.fields().getOrDefault("path", "?");
                    String schemes = r.fields().getOrDefault("schemes", r.fields().getOrDefault("challenge", ""));
                    Arrays.stream(schemes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .forEach(s -> byPort.get(key(o.address(), o.port())).add(new Challenge(s, path)));
                }));
        List<CheckResult> out = new ArrayList<>();
        for (var entry : byPort.entrySet()) {
            String address = ports.get(entry.getKey())[0];
            int port = Integer.parseInt(ports.get(entry.getKey())[1]);
            out.addAll(judge(inventory, address, port, entry.getValue()));
        }
        return out;
    }

    private static List<CheckResult> judge(Inventory inventory, String address, int port, List<Challenge> challenges) {
        // HttpClient answers with Basic only when Basic is all the server offered, so any answered Basic login
        // (right password or not) shows a Basic challenge on this port
        List<LoginObservation> basicLogins = inventory.of(address, LoginObservation.class)
                .filter(l -> l.port() == port && l.protocol().equals("http-basic")
                        && !(l.result() instanceof LoginResult.Failed))
                .toList();
        if (basicLogins.stream().anyMatch(l -> l.result() instanceof LoginResult.Accepted)) {
            return List.of(CheckResult.fail(address, port,
                    "a login with HTTP Basic succeeded over plain HTTP (password sent readable)", Confidence.CONFIRMED));
        }
        Optional<Challenge> basic = challenges.stream().filter(Challenge::basic).findFirst();
        if (basic.isPresent()) {
            TreeSet<String> schemes = new TreeSet<>();
            challenges.forEach(c -> schemes.add(c.header().strip().split("\\s", 2)[0].toLowerCase(Locale.ROOT)));
            boolean alsoOther = schemes.size() > 1;
            return List.of(CheckResult.fail(address, port, "plain-HTTP 401 challenge to GET " + basic.get().path()
                    + " offers Basic: WWW-Authenticate: " + basic.get().header()
                    + (alsoOther ? " (other schemes offered too; clients may still choose Basic)" : "")
                    + "; any login there sends the password readable", Confidence.LIKELY));
        }
        if (!basicLogins.isEmpty()) {
            return List.of(CheckResult.fail(address, port,
                    "the login on this plain-HTTP port asked for HTTP Basic (password sent readable with every request)",
                    Confidence.LIKELY));
        }
        if (!challenges.isEmpty()) {
            return List.of(CheckResult.pass(address, port, "401 challenges offer only: "
                    + String.join(" | ", challenges.stream().map(Challenge::header).distinct().toList())));
        }
        return List.of();
    }

    private static String key(String address, int port) {
        return address + "\u0000" + port;
    }
}
