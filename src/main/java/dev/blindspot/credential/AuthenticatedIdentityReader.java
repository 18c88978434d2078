package dev.blindspot.credential;

import dev.blindspot.fingerprint.VendorVocabulary;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlRejectedException;
import dev.blindspot.scan.ProbeOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After the credential pass found a working HTTP login, reads the device's own identity with it: read-only GETs,
 * once per device, outside the attempt budget (the credential is already proven, nothing is guessed). Hikvision and
 * its OEM brands: {@code /ISAPI/System/deviceInfo} (model, firmwareVersion, firmwareReleasedDate, deviceType);
 * Dahua and its brands: {@code magicBox.cgi?action=getSystemInfo} (deviceType, updateSerial) and
 * {@code getSoftwareVersion}; Reolink (logged in through its JSON API): {@code GetDevInfo} (model, firmVer, type,
 * channelNum); Uniview: LAPI {@code /LAPI/V1.0/System/DeviceInfo} (DeviceModel, FirmwareVersion); Hanwha: SUNAPI
 * {@code system.cgi?msubmenu=deviceinfo} (Model, FirmwareVersion, DeviceType). Each read becomes a {@link VendorApiObservation} ({@code hikvision.deviceinfo},
 * {@code dahua.systeminfo}, {@code dahua.softwareversion}, {@code reolink.devinfo}) holding named identity fields only: never the
 * credential, serial numbers or MAC addresses. {@code brand} is the vendor the first pass named (an OEM brand stays
 * the brand).
 */
public final class AuthenticatedIdentityReader {

    static final int MAX_FIELD = 128;

    private final HttpLogin http;
    private final VendorVocabulary vocabulary;

    public AuthenticatedIdentityReader(HttpLogin http, VendorVocabulary vocabulary) {
        this.http = http;
        this.vocabulary = vocabulary;
    }

    private enum Family { HIKVISION, DAHUA, REOLINK, UNIVIEW, HANWHA }

    /** The identity reads for {@code address}, or none when no HTTP login was accepted or the vendor has none. */
    public List<VendorApiObservation> read(String address, List<Observation> firstPass, List<LoginObservation> logins,
                                           Identity identity) {
        return read(address, firstPass, logins, identity, Optional.empty());
    }

    /** As {@link #read(String, List, List, Identity)}; Reolink's GetDevInfo is read through {@code reolink}. */
    public List<VendorApiObservation> read(String address, List<Observation> firstPass, List<LoginObservation> logins,
                                           Identity identity, Optional<ReolinkApiLogin> reolink) {
        Optional<String> brand = identity.vendor();
        Optional<Family> family = brand.flatMap(this::family);
        List<String> protocols = family.filter(f -> f == Family.REOLINK).isPresent() ? List.of("reolink-api")
                : List.of("http-basic", "http-digest");
        Optional<LoginObservation> accepted = logins.stream()
                .filter(l -> l.address().equals(address) && l.result() instanceof LoginResult.Accepted)
                .filter(l -> protocols.contains(l.protocol()))
                .findFirst();
        if (accepted.isEmpty() || family.isEmpty() || (family.get() == Family.REOLINK && reolink.isEmpty())) {
            return List.of();
        }
        LoginObservation login = accepted.get();
        boolean tls = firstPass.stream().anyMatch(o -> o instanceof HttpObservation h && h.port() == login.port()
                && h.tls() && h.outcome().answer().isPresent());
        List<VendorApiObservation> out = new ArrayList<>();
        switch (family.get()) {
            case HIKVISION -> out.add(get(login, tls, "hikvision.deviceinfo", "/ISAPI/System/deviceInfo", brand.get(),
                    AuthenticatedIdentityReader::hikvision));
            case DAHUA -> {
                out.add(get(login, tls, "dahua.systeminfo", "/cgi-bin/magicBox.cgi?action=getSystemInfo",
                        brand.get(), body -> keyValues(body, "deviceType", "updateSerial")));
                out.add(get(login, tls, "dahua.softwareversion", "/cgi-bin/magicBox.cgi?action=getSoftwareVersion",
                        brand.get(), body -> keyValues(body, "version")));
            }
            case UNIVIEW -> out.add(get(login, tls, "uniview.deviceinfo", "/LAPI/V1.0/System/DeviceInfo", brand.get(),
                    AuthenticatedIdentityReader::uniview));
            case HANWHA -> out.add(get(login, tls, "hanwha.deviceinfo",
                    "/stw-cgi/system.cgi?msubmenu=deviceinfo&action=view", brand.get(),
                    body -> keyValues(body, "Model", "FirmwareVersion", "DeviceType")));
            case REOLINK -> {
                Optional<Map<String, String>> info = reolink.get().devInfo(
                        new HttpTarget(login.address(), login.port(), tls, ReolinkApiLogin.PATH), login.username(),
                        login.password());
                Map<String, String> fields = new LinkedHashMap<>(info.orElse(Map.of()));
                if (!fields.isEmpty()) {
                    fields.put("brand", brand.get());
                }
                out.add(new VendorApiObservation(login.address(), login.port(), "reolink.devinfo", info.isPresent()
                        ? ProbeOutcome.answered(new VendorApiReply(200, fields))
                        : new ProbeOutcome.ProtocolError<>("reolink.devinfo: no GetDevInfo answer after login")));
            }
        }
        return List.copyOf(out);
    }

    private Optional<Family> family(String vendor) {
        String maker = vocabulary.manufacturerOf(vendor).orElse(vendor);
        return switch (maker) {
            case "Hikvision" -> Optional.of(Family.HIKVISION);
            case "Dahua" -> Optional.of(Family.DAHUA);
            case "Reolink" -> Optional.of(Family.REOLINK);
            case "Uniview" -> Optional.of(Family.UNIVIEW);
            case "Hanwha" -> Optional.of(Family.HANWHA);
            default -> Optional.empty();
        };
    }

    private interface Parser {
        Map<String, String> fields(byte[] body) throws XmlRejectedException;
    }

    private VendorApiObservation get(LoginObservation login, boolean tls, String api, String path, String brand,
                                     Parser parser) {
        HttpTarget target = new HttpTarget(login.address(), login.port(), tls, path);
        Optional<AuthenticatedReply> reply = http.read(target, login.username(), login.password());
        ProbeOutcome<VendorApiReply> outcome;
        if (reply.isEmpty()) {
            outcome = new ProbeOutcome.ProtocolError<>(api + ": no complete authenticated answer");
        } else if (reply.get().status() / 100 != 2) {
            outcome = ProbeOutcome.answered(new VendorApiReply(reply.get().status(), Map.of()));
        } else {
            try {
                Map<String, String> fields = new LinkedHashMap<>(parser.fields(reply.get().body()));
                if (!fields.isEmpty()) {
                    fields.put("brand", brand);
                }
                outcome = ProbeOutcome.answered(new VendorApiReply(reply.get().status(), fields));
            } catch (XmlRejectedException e) {
                outcome = new ProbeOutcome.ProtocolError<>(api + ": not the XML the API answers");
            }
        }
        return new VendorApiObservation(login.address(), login.port(), api, outcome);
    }

    static Map<String, String> hikvision(byte[] body) throws XmlRejectedException {
        Map<String, String> leaves = SafeXml.leafTextByLocalName(SafeXml.parse(body).getDocumentElement(), 64,
                MAX_FIELD);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : List.of("model", "firmwareVersion", "firmwareReleasedDate", "deviceType")) {
            Optional.ofNullable(leaves.get(name)).map(String::strip).filter(v -> !v.isEmpty())
                    .ifPresent(v -> out.put(name, v));
        }
        return out;
    }

    /** LAPI DeviceInfo JSON: {@code Response.Data.DeviceModel} and {@code FirmwareVersion} (not its serial or MAC). */
    static Map<String, String> uniview(byte[] body) throws XmlRejectedException {
        com.fasterxml.jackson.databind.JsonNode data;
        try {
            data = JSON.readTree(body).path("Response").path("Data");
        } catch (java.io.IOException e) {
            throw new XmlRejectedException("not JSON: " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : List.of("DeviceModel", "FirmwareVersion", "Manufacturer")) {
            String v = data.path(name).asText("").strip();
            if (!v.isEmpty()) {
                out.put(name, v.length() > MAX_FIELD ? v.substring(0, MAX_FIELD) : v);
            }
        }
        return out;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper(
            com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(
                    com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(4096).build())
                    .build());

    /** {@code key=value} lines (Dahua CGI), only the named keys, each value capped. */
    static Map<String, String> keyValues(byte[] body, String... keys) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> wanted = List.of(keys);
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r?\n", 64)) {
            int eq = line.indexOf('=');
            if (eq > 0 && wanted.contains(line.substring(0, eq).strip())) {
                String v = line.substring(eq + 1).strip();
                if (!v.isEmpty()) {
                    out.putIfAbsent(line.substring(0, eq).strip(), v.length() > MAX_FIELD ? v.substring(0, MAX_FIELD) : v);
                }
            }
        }
        return out;
    }
}
