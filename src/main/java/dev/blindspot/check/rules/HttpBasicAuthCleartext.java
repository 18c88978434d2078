package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * FAIL when a plain-HTTP port challenged with Basic (first pass, or a login of the credential pass); PASS when its challenges
 * offered only other schemes. Ports where no authentication challenge was seen are not judged.
 */
public final class HttpBasicAuthCleartext implements Check {

    public static final String ID = "http-basic-auth-cleartext";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        Map<String, List<HttpObservation>> byPort = inventory.all(HttpObservation.class).filter(o -> !o.tls())
                .collect(Collectors.groupingBy(o -> o.address() + "\u0000" + o.port(), TreeMap::new, Collectors.toList()));
        List<CheckResult> out = new ArrayList<>();
        for (List<HttpObservation> port : byPort.values()) {
            HttpObservation first = port.getFirst();
            // HttpClient answers with Basic only when Basic is all the server offered, so any answered Basic login
            // (right password or not) shows a Basic challenge on this port
            List<LoginObservation> basicLogins = inventory.of(first.address(), LoginObservation.class)
                    .filter(l -> l.port() == first.port() && l.protocol().equals("http-basic")
                            && !(l.result() instanceof LoginResult.Failed))
                    .toList();
            Optional<LoginObservation> basicLogin = basicLogins.stream()
                    .filter(l -> l.result() instanceof LoginResult.Accepted).findFirst();
            List<String> challenges = port.stream().flatMap(o -> o.outcome().answer().stream())
                    .filter(r -> r.status() == 401).flatMap(r -> r.headers().all("WWW-Authenticate").stream()).toList();
            Optional<String> basic = challenges.stream().filter(c -> c.trim().toLowerCase(Locale.ROOT).startsWith("basic")).findFirst();
            if (basicLogin.isPresent()) {
                out.add(CheckResult.fail(first.address(), first.port(),
                        "a login with HTTP Basic succeeded over plain HTTP (password sent readable)", Confidence.CONFIRMED));
            } else if (basic.isPresent()) {
                boolean alsoOther = challenges.size() > 1;
                out.add(CheckResult.fail(first.address(), first.port(),
                        "plain-HTTP 401 challenge offers Basic: WWW-Authenticate: " + basic.get()
                                + (alsoOther ? " (other schemes offered too; clients may still choose Basic)" : ""),
                        alsoOther ? Confidence.LIKELY : Confidence.CONFIRMED));
            } else if (!basicLogins.isEmpty()) {
                out.add(CheckResult.fail(first.address(), first.port(),
                        "the login on this plain-HTTP port asked for HTTP Basic (password sent readable with every request)",
                        Confidence.CONFIRMED));
            } else if (!challenges.isEmpty()) {
                out.add(CheckResult.pass(first.address(), first.port(),
                        "401 challenges offer only: " + String.join(" | ", challenges)));
            }
        }
        return out;
    }
}
