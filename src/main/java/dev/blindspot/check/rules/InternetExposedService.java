package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Vantage;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.inventory.RtspObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Only from an external vantage ({@code --vantage external}, a scan run from outside the site against its public
 * address): every open port of a camera, recorder, encoder or VMS is reachable from the internet, one FAIL per port
 * (high). Critical when a login to that device worked in the same scan (a factory, weak or supplied password: anyone
 * on the internet can log in). A host that was not identified but answers RTSP is a video service too (likely).
 * From the default internal vantage the check says nothing: reachability from inside proves nothing about the
 * internet.
 */
public final class InternetExposedService implements Check {

    public static final String ID = "internet-exposed-service";

    private final CheckOptions options;

    public InternetExposedService(CheckOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        if (options.vantage() != Vantage.EXTERNAL) {
            return List.of();
        }
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            Identity identity = inventory.identity(address);
            boolean surveillance = identity.isSurveillance();
            TreeSet<Integer> rtsp = new TreeSet<>(inventory.of(address, RtspObservation.class)
                    .filter(r -> r.outcome().answer().isPresent()).map(RtspObservation::port).toList());
            if (!surveillance && rtsp.isEmpty()) {
                continue;
            }
            List<String> logins = inventory.of(address, LoginObservation.class)
                    .filter(l -> l.result() instanceof LoginResult.Accepted).map(LoginObservation::protocol)
                    .distinct().sorted().toList();
            String what = surveillance ? describe(identity) : "unidentified host answering RTSP";
            for (OpenPort p : inventory.of(address, OpenPort.class).toList()) {
                if (!surveillance && !rtsp.contains(p.port())) {
                    continue;
                }
                String service = p.serviceHint().isBlank() || p.serviceHint().equals("unknown") ? ""
                        : " (" + p.serviceHint() + ")";
                String evidence = "TCP " + p.port() + service + " of " + what
                        + " answers from outside the site" + (logins.isEmpty() ? ""
                        : "; a login to this device worked in this scan (" + String.join(", ", logins)
                        + "): anyone on the internet can log in");
                CheckResult r = CheckResult.fail(address, p.port(), evidence,
                        surveillance ? Confidence.CONFIRMED : Confidence.LIKELY);
                out.add(logins.isEmpty() ? r : r.withSeverity(Severity.CRITICAL));
            }
        }
        return out;
    }

    private static String describe(Identity identity) {
        String cls = identity.deviceClass().map(c -> c.wireName()).orElse("device");
        return identity.vendor().map(v -> v + " " + cls).orElse("a " + cls)
                + identity.model().map(m -> " " + m).orElse("");
    }
}
