package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.BannerObservation;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.OpenPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FAIL when a surveillance device has a Telnet service open (port 23 or a port probed as telnet); PASS when
 * port 23 was probed and closed. Hosts not identified as surveillance devices are not judged here.
 */
public final class TelnetEnabled implements Check {

    public static final String ID = "telnet-enabled";
    private static final int TELNET = 23;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            if (!inventory.identity(address).isSurveillance()) {
                continue;
            }
            List<OpenPort> telnet = inventory.of(address, OpenPort.class)
                    .filter(p -> p.port() == TELNET || p.serviceHint().equals("telnet")).toList();
            for (OpenPort p : telnet) {
                Optional<String> banner = inventory.of(address, BannerObservation.class)
                        .filter(b -> b.port() == p.port()).flatMap(b -> b.outcome().answer().stream()).findFirst();
                out.add(CheckResult.fail(address, p.port(), "TCP " + p.port() + " (Telnet) accepts connections"
                        + banner.map(b -> "; banner: " + b.lines().findFirst().orElse("")).orElse(""),
                        banner.isPresent() ? Confidence.CONFIRMED : Confidence.LIKELY));
            }
            if (telnet.isEmpty() && inventory.probedPorts().contains(TELNET)) {
                out.add(CheckResult.pass(address, TELNET, "TCP 23 closed"));
            }
        }
        return out;
    }
}
