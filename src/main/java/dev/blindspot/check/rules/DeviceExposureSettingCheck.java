package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.inventory.ExposureSetting;
import dev.blindspot.inventory.ExposureSettingObservation;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One device-side exposure switch ({@link ExposureSetting}: P2P cloud, DDNS, UPnP) on surveillance devices, judged
 * from what the device said ({@link ExposureSettingObservation}, read after a proven login). FAIL when the switch is
 * on, naming the vendor's setting; PASS only when it was read and is off; UNKNOWN with the reason for a device of a
 * vendor whose setting Blindspot reads (Hikvision, Dahua, Reolink and their brands; Axis for UPnP) when it could not
 * be read (no working credentials known, profile safe, the firmware refused). For UPnP, a surveillance device that answers SSDP
 * itself is also a FAIL (likely: UPnP on, seen without login).
 */
public final class DeviceExposureSettingCheck implements Check {

    /** What each vendor calls the settings, for UNKNOWN reasons. */
    private static final Map<String, Map<ExposureSetting, String>> NAMES = Map.of(
            "Hikvision", Map.of(ExposureSetting.P2P_CLOUD, "Hik-Connect (ISAPI Network/EZVIZ)",
                    ExposureSetting.DDNS, "DDNS (ISAPI Network/DDNS)",
                    ExposureSetting.UPNP, "UPnP (ISAPI Network/UPnP)"),
            "Dahua", Map.of(ExposureSetting.P2P_CLOUD, "P2P (configManager T2UServer)",
                    ExposureSetting.DDNS, "DDNS (configManager DDNS)",
                    ExposureSetting.UPNP, "UPnP (configManager UPnP)"),
            "Reolink", Map.of(ExposureSetting.P2P_CLOUD, "UID/P2P (api.cgi GetP2p)",
                    ExposureSetting.DDNS, "DDNS (api.cgi GetDdns)",
                    ExposureSetting.UPNP, "UPnP (api.cgi GetUpnp)"),
            "Axis", Map.of(ExposureSetting.UPNP, "UPnP (VAPIX root.Network.UPnP)"));

    private final ExposureSetting setting;
    private final CheckOptions options;

    public DeviceExposureSettingCheck(ExposureSetting setting, CheckOptions options) {
        this.setting = setting;
        this.options = options;
    }

    @Override
    public String id() {
        return setting.checkId();
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            Identity identity = inventory.identity(address);
            if (!identity.isSurveillance()) {
                continue;
            }
            judge(inventory, address, identity).ifPresent(out::add);
        }
        return out;
    }

    private Optional<CheckResult> judge(Inventory inventory, String address, Identity identity) {
        List<ExposureSettingObservation> reads = inventory.of(address, ExposureSettingObservation.class)
                .filter(o -> o.setting() == setting).toList();
        List<ExposureSettingObservation> on = reads.stream()
                .filter(o -> o.outcome().answer().map(r -> r.enabled()).orElse(false)).toList();
        if (!on.isEmpty()) {
            ExposureSettingObservation first = on.getFirst();
            String evidence = String.join("; ", on.stream().map(o -> o.vendorSetting() + ": "
                    + o.outcome().answer().orElseThrow().value()).toList())
                    + (first.authenticated() ? " (read after login)" : "");
            return Optional.of(CheckResult.fail(address, first.port(), evidence,
                    first.authenticated() ? Confidence.CONFIRMED : Confidence.LIKELY));
        }
        if (setting == ExposureSetting.UPNP) {
            Optional<String> ssdp = ssdpServer(inventory, address);
            if (ssdp.isPresent()) {
                return Optional.of(CheckResult.fail(address, 1900, "the device answers SSDP M-SEARCH itself (UDP 1900"
                        + ssdp.get() + "): UPnP is on (seen without login)", Confidence.LIKELY));
            }
        }
        List<ExposureSettingObservation> off = reads.stream().filter(o -> o.outcome().answer().isPresent()).toList();
        if (!off.isEmpty()) {
            return Optional.of(CheckResult.pass(address, off.getFirst().port(), String.join("; ", off.stream()
                    .map(o -> o.vendorSetting() + ": " + o.outcome().answer().orElseThrow().value()).toList())));
        }
        String maker = identity.manufacturer().or(identity::vendor).orElse("");
        Map<ExposureSetting, String> names = NAMES.get(maker);
        if (names == null || !names.containsKey(setting)) {
            return Optional.empty();
        }
        String name = maker + " " + names.get(setting);
        String reason;
        if (!reads.isEmpty()) {
            reason = "could not read " + name + ": " + detail(reads.getFirst());
        } else if (!options.credentialsTried()) {
            reason = "profile safe: no credentials tried, so " + name + " was not read";
        } else if (accepted(inventory, address)) {
            reason = name + " was not read: the login that worked is not the one its API takes";
        } else {
            reason = "no working credentials known for this device: " + name
                    + " can only be read after login (give them with --credentials)";
        }
        return Optional.of(new CheckResult(address, Optional.empty(), Verdict.unknown(reason), reason,
                Confidence.POSSIBLE, ""));
    }

    private static String detail(ExposureSettingObservation o) {
        return switch (o.outcome()) {
            case dev.blindspot.scan.ProbeOutcome.ProtocolError<?> e -> e.detail();
            case dev.blindspot.scan.ProbeOutcome.Refused<?> r -> r.detail();
            case dev.blindspot.scan.ProbeOutcome.TimedOut<?> t -> "after " + t.after().toMillis() + " ms";
            case dev.blindspot.scan.ProbeOutcome.Answered<?> a -> "";
        };
    }

    private static boolean accepted(Inventory inventory, String address) {
        return inventory.of(address, LoginObservation.class).anyMatch(l -> l.result() instanceof LoginResult.Accepted);
    }

    /** The SERVER of the device's own SSDP answer (", SERVER ..."), when it gave one. */
    private static Optional<String> ssdpServer(Inventory inventory, String address) {
        return inventory.of(address, DiscoveryObservation.class)
                .filter(d -> d.protocol().equals(DiscoveryObservation.SSDP))
                .flatMap(d -> d.outcome().answer().stream())
                .filter(r -> r instanceof DiscoveryReply.Ssdp s && !s.answers().isEmpty())
                .map(r -> ((DiscoveryReply.Ssdp) r).answers().getFirst().server())
                .map(s -> s.isBlank() ? "" : ", SERVER " + s).findFirst();
    }
}
