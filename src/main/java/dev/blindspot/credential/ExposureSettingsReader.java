package dev.blindspot.credential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blindspot.fingerprint.VendorVocabulary;
import dev.blindspot.inventory.ExposureSetting;
import dev.blindspot.inventory.ExposureSettingObservation;
import dev.blindspot.inventory.ExposureSettingReply;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlLeaf;
import dev.blindspot.protocol.xml.XmlRejectedException;
import dev.blindspot.scan.ProbeOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * After the credential pass found a working login, reads the device's own exposure switches with it: read-only GETs
 * (Reolink: read commands in one API session, then logout), once per device, outside the attempt budget. Sibling of
 * {@link AuthenticatedIdentityReader}.
 *
 * <ul>
 *   <li>Hikvision and its OEM brands (ISAPI): {@code /ISAPI/System/Network/EZVIZ} {@code enabled} (Hik-Connect),
 *       {@code /ISAPI/System/Network/DDNS} (any {@code DDNS/enabled} of the {@code DDNSList}),
 *       {@code /ISAPI/System/Network/UPnP} {@code enabled} and {@code /ISAPI/System/Network/UPnP/ports}
 *       {@code enabled} (automatic port mapping).</li>
 *   <li>Dahua and its brands: {@code configManager.cgi?action=getConfig&name=T2UServer} ({@code table.T2UServer.Enable},
 *       the P2P cloud), {@code name=DDNS} (any {@code table.DDNS[n].Enable}), {@code name=UPnP}
 *       ({@code table.UPnP.Enable}).</li>
 *   <li>Reolink (JSON API): {@code GetP2p} ({@code P2p.enable}), {@code GetDdns} ({@code Ddns.enable}),
 *       {@code GetUpnp} ({@code Upnp.enable}).</li>
 *   <li>Axis (VAPIX): {@code param.cgi?action=list&group=root.Network.UPnP} ({@code Enabled},
 *       {@code NATTraversal.Enabled}).</li>
 * </ul>
 * Only the switch and the vendor's words for it are kept: never the credential, P2P keys, UIDs or DDNS passwords.
 */
public final class ExposureSettingsReader {

    static final int MAX_VALUE = 96;

    private final HttpLogin http;
    private final VendorVocabulary vocabulary;

    public ExposureSettingsReader(HttpLogin http, VendorVocabulary vocabulary) {
        this.http = http;
        this.vocabulary = vocabulary;
    }

    /** The manufacturers whose settings this reader knows how to read (the checks say UNKNOWN for them without a login). */
    public static final List<String> MANUFACTURERS = List.of("Hikvision", "Dahua", "Reolink", "Axis");

    private record Read(ExposureSetting setting, String vendorSetting, String path, Parser parser) {}

    private interface Parser {
        Optional<ExposureSettingReply> parse(byte[] body) throws XmlRejectedException;
    }

    private static final List<Read> HIKVISION = List.of(
            new Read(ExposureSetting.P2P_CLOUD, "Hik-Connect (ISAPI /ISAPI/System/Network/EZVIZ enabled)",
                    "/ISAPI/System/Network/EZVIZ", body -> isapi(body, List.of("enabled"))),
            new Read(ExposureSetting.DDNS, "DDNS (ISAPI /ISAPI/System/Network/DDNS enabled)",
                    "/ISAPI/System/Network/DDNS", body -> isapi(body, List.of("DDNS", "enabled"))
                    .or(() -> isapiUnchecked(body, List.of("enabled")))),
            new Read(ExposureSetting.UPNP, "UPnP (ISAPI /ISAPI/System/Network/UPnP enabled)",
                    "/ISAPI/System/Network/UPnP", body -> isapi(body, List.of("enabled"))),
            new Read(ExposureSetting.UPNP, "UPnP port mapping (ISAPI /ISAPI/System/Network/UPnP/ports enabled)",
                    "/ISAPI/System/Network/UPnP/ports", body -> isapi(body, List.of("enabled"))));

    private static final String DAHUA_CONFIG = "/cgi-bin/configManager.cgi?action=getConfig&name=";
    private static final List<Read> DAHUA = List.of(
            new Read(ExposureSetting.P2P_CLOUD, "P2P (configManager T2UServer Enable)", DAHUA_CONFIG + "T2UServer",
                    body -> dahua(body, "table.T2UServer")),
            new Read(ExposureSetting.DDNS, "DDNS (configManager DDNS Enable)", DAHUA_CONFIG + "DDNS",
                    body -> dahua(body, "table.DDNS")),
            new Read(ExposureSetting.UPNP, "UPnP (configManager UPnP Enable)", DAHUA_CONFIG + "UPnP",
                    body -> dahua(body, "table.UPnP")));

    /** Axis VAPIX: UPnP discovery and UPnP NAT traversal (port mapping); Axis has no P2P or DDNS switch read here. */
    private static final List<Read> AXIS = List.of(
            new Read(ExposureSetting.UPNP, "UPnP (VAPIX param root.Network.UPnP.Enabled / NATTraversal.Enabled)",
                    "/axis-cgi/param.cgi?action=list&group=root.Network.UPnP", ExposureSettingsReader::axis));

    private record ReolinkRead(ExposureSetting setting, String cmd, String object) {}

    private static final List<ReolinkRead> REOLINK = List.of(
            new ReolinkRead(ExposureSetting.P2P_CLOUD, "GetP2p", "P2p"),
            new ReolinkRead(ExposureSetting.DDNS, "GetDdns", "Ddns"),
            new ReolinkRead(ExposureSetting.UPNP, "GetUpnp", "Upnp"));

    /** The settings read at {@code address}; none when no login was accepted there or the vendor is not one we read. */
    public List<ExposureSettingObservation> read(String address, List<Observation> firstPass,
                                                 List<LoginObservation> logins, Identity identity,
                                                 Optional<ReolinkApiLogin> reolink) {
        Optional<String> maker = identity.vendor().map(v -> vocabulary.manufacturerOf(v).orElse(v));
        if (maker.isEmpty() || !MANUFACTURERS.contains(maker.get())) {
            return List.of();
        }
        boolean isReolink = maker.get().equals("Reolink");
        List<String> protocols = isReolink ? List.of("reolink-api") : List.of("http-basic", "http-digest");
        Optional<LoginObservation> accepted = logins.stream()
                .filter(l -> l.address().equals(address) && l.result() instanceof LoginResult.Accepted)
                .filter(l -> protocols.contains(l.protocol()))
                .findFirst();
        if (accepted.isEmpty() || (isReolink && reolink.isEmpty())) {
            return List.of();
        }
        LoginObservation login = accepted.get();
        boolean tls = firstPass.stream().anyMatch(o -> o instanceof HttpObservation h && h.port() == login.port()
                && h.tls() && h.outcome().answer().isPresent());
        if (isReolink) {
            return reolink(login, tls, reolink.get());
        }
        List<ExposureSettingObservation> out = new ArrayList<>();
        List<Read> reads = switch (maker.get()) {
            case "Hikvision" -> HIKVISION;
            case "Axis" -> AXIS;
            default -> DAHUA;
        };
        for (Read r : reads) {
            out.add(get(login, tls, r));
        }
        return List.copyOf(out);
    }

    private ExposureSettingObservation get(LoginObservation login, boolean tls, Read r) {
        Optional<AuthenticatedReply> reply = http.read(new HttpTarget(login.address(), login.port(), tls, r.path()),
                login.username(), login.password());
        ProbeOutcome<ExposureSettingReply> outcome;
        if (reply.isEmpty()) {
            outcome = new ProbeOutcome.ProtocolError<>(r.path() + ": no complete authenticated answer");
        } else if (reply.get().status() / 100 != 2) {
            outcome = new ProbeOutcome.ProtocolError<>(r.path() + ": HTTP " + reply.get().status()
                    + " (the firmware may not have this setting)");
        } else {
            try {
                outcome = r.parser().parse(reply.get().body())
                        .<ProbeOutcome<ExposureSettingReply>>map(ProbeOutcome::answered)
                        .orElseGet(() -> new ProbeOutcome.ProtocolError<>(r.path() + ": no switch in the answer"));
            } catch (XmlRejectedException e) {
                outcome = new ProbeOutcome.ProtocolError<>(r.path() + ": not the XML the API answers");
            }
        }
        return new ExposureSettingObservation(login.address(), login.port(), r.setting(), r.vendorSetting(), true,
                outcome);
    }

    private List<ExposureSettingObservation> reolink(LoginObservation login, boolean tls, ReolinkApiLogin api) {
        Optional<Map<String, JsonNode>> answers = api.readCommands(
                new HttpTarget(login.address(), login.port(), tls, ReolinkApiLogin.PATH), login.username(),
                login.password(), REOLINK.stream().map(ReolinkRead::cmd).toList());
        List<ExposureSettingObservation> out = new ArrayList<>();
        for (ReolinkRead r : REOLINK) {
            String name = r.object() + " (api.cgi " + r.cmd() + " " + r.object() + ".enable)";
            Optional<JsonNode> answer = answers.flatMap(m -> Optional.ofNullable(m.get(r.cmd())));
            ProbeOutcome<ExposureSettingReply> outcome = answer.isEmpty()
                    ? new ProbeOutcome.ProtocolError<>(r.cmd() + ": no answer after login")
                    : reolinkSwitch(answer.get(), r.object())
                            .<ProbeOutcome<ExposureSettingReply>>map(ProbeOutcome::answered)
                            .orElseGet(() -> new ProbeOutcome.ProtocolError<>(r.cmd() + ": "
                                    + (answer.get().path("code").asInt(-1) == 0 ? "no enable switch in the answer"
                                    : "the device refused the command (code " + answer.get().path("code").asInt(-1) + ")")));
            out.add(new ExposureSettingObservation(login.address(), login.port(), r.setting(), name, true, outcome));
        }
        return List.copyOf(out);
    }

    /** {@code value.<Object>.enable} of a code-0 answer: 1/0 or true/false. */
    static Optional<ExposureSettingReply> reolinkSwitch(JsonNode answer, String object) {
        if (answer.path("code").asInt(-1) != 0) {
            return Optional.empty();
        }
        JsonNode enable = answer.path("value").path(object).path("enable");
        if (enable.isInt() || enable.isBoolean()) {
            boolean on = enable.isBoolean() ? enable.asBoolean() : enable.asInt() != 0;
            return Optional.of(new ExposureSettingReply(on, "\"" + object + "\": {\"enable\": " + enable.asText() + "}"));
        }
        return Optional.empty();
    }

    /** Leaves at {@code path} below the root: on when any says {@code true}; empty when none is there. */
    static Optional<ExposureSettingReply> isapi(byte[] body, List<String> path) throws XmlRejectedException {
        List<XmlLeaf> leaves = SafeXml.leaves(SafeXml.parse(body).getDocumentElement(), 256, MAX_VALUE);
        List<String> values = leaves.stream().filter(l -> l.path().equals(path)).map(XmlLeaf::text)
                .map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> t.equals("true") || t.equals("false"))
                .toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        boolean on = values.contains("true");
        return Optional.of(new ExposureSettingReply(on, "<" + String.join("/", path) + ">" + on + "</"
                + path.getLast() + ">"));
    }

    /** As {@link #isapi}, for a second layout tried after the first (a single {@code <DDNS>} instead of a list). */
    private static Optional<ExposureSettingReply> isapiUnchecked(byte[] body, List<String> path) {
        try {
            return isapi(body, path);
        } catch (XmlRejectedException e) {
            return Optional.empty();
        }
    }

    /**
     * Axis {@code param.cgi} list of {@code root.Network.UPnP}: on when {@code Enabled} or
     * {@code NATTraversal.Enabled} is {@code yes}; empty when neither line is there.
     */
    static Optional<ExposureSettingReply> axis(byte[] body) {
        Optional<String> on = Optional.empty();
        boolean seen = false;
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r?\n", 256)) {
            String l = line.strip();
            for (String key : List.of("root.Network.UPnP.Enabled", "root.Network.UPnP.NATTraversal.Enabled")) {
                if (l.startsWith(key + "=")) {
                    seen = true;
                    if (l.substring(key.length() + 1).strip().equalsIgnoreCase("yes")) {
                        on = on.or(() -> Optional.of(key + "=yes"));
                    }
                }
            }
        }
        if (on.isPresent()) {
            return Optional.of(new ExposureSettingReply(true, on.get()));
        }
        return seen ? Optional.of(new ExposureSettingReply(false, "root.Network.UPnP.Enabled=no")) : Optional.empty();
    }

    /**
     * {@code <prefix>.Enable} or {@code <prefix>[n].Enable} lines of a configManager answer: on when any is
     * {@code true}; empty when none is there (an {@code Error} body, another config).
     */
    static Optional<ExposureSettingReply> dahua(byte[] body, String prefix) {
        Optional<String> on = Optional.empty();
        Optional<String> off = Optional.empty();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r?\n", 512)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            if (!key.startsWith(prefix) || !key.endsWith(".Enable")) {
                continue;
            }
            String middle = key.substring(prefix.length(), key.length() - ".Enable".length());
            if (!middle.isEmpty() && !middle.matches("\\[\\d{1,3}]")) {
                continue; // table.UPnP.MapTable[0].Enable is one mapping, not the switch
            }
            String shown = key.length() > MAX_VALUE ? key.substring(0, MAX_VALUE) : key;
            if (value.equals("true")) {
                on = on.or(() -> Optional.of(shown + "=true"));
            } else if (value.equals("false")) {
                off = off.or(() -> Optional.of(shown + "=false"));
            }
        }
        if (on.isPresent()) {
            return Optional.of(new ExposureSettingReply(true, on.get()));
        }
        return off.map(v -> new ExposureSettingReply(false, v));
    }
}
