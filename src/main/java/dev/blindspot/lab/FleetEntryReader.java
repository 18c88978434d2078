package dev.blindspot.lab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blindspot.lab.device.ServiceLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entry of a fleet file: {@code kind} (required), {@code count}, and settings that override the kind's
 * defaults. Every message names the entry and the field.
 */
final class FleetEntryReader {

    /** Entries may hold these fields and no others. */
    static final Set<String> FIELDS = Set.of("kind", "count", "vendor", "model", "firmware", "username", "password",
            "httpAuth", "rtspAuth", "onvif", "telnet", "ftp", "anonymousViewer", "upnp", "p2p", "ddns", "tls",
            "lockout", "services");
    private static final int MAX_COUNT = FleetFile.MAX_DEVICES;
    private static final int MAX_TEXT = 200;

    private final JsonNode node;
    private final String where;

    private FleetEntryReader(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    static FleetEntry read(JsonNode node, String where) throws FleetFileException {
        if (node == null || !node.isObject()) {
            throw new FleetFileException(where + ": expected a map like {kind: HIKVISION_CAMERA, count: 5}");
        }
        return new FleetEntryReader(node, where).read();
    }

    private FleetEntry read() throws FleetFileException {
        DeviceKind kind = kind();
        String at = where + " (" + kind + ")";
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new FleetFileException(at + ": unknown field '" + field + "'; known fields: "
                        + String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
        FieldReader f = new FieldReader(node, at);
        int count = f.integer("count", 1, MAX_COUNT).orElse(1);
        DeviceSpec.Builder b = DeviceSpec.defaults(kind).toBuilder();
        f.text("vendor").ifPresent(b::vendor);
        f.text("model").ifPresent(b::model);
        f.text("firmware").ifPresent(b::firmware);
        f.text("username").ifPresent(b::username);
        f.choice("httpAuth", Map.of("digest", HttpAuth.DIGEST, "basic", HttpAuth.BASIC)).ifPresent(b::httpAuth);
        f.flag("rtspAuth").ifPresent(on -> b.rtspAuth(on ? RtspAuth.DIGEST : RtspAuth.NONE));
        f.choice("onvif", Map.of("open", OnvifAuthMode.OPEN, "standard", OnvifAuthMode.STANDARD,
                "disabled", OnvifAuthMode.DISABLED)).ifPresent(b::onvifAuthMode);
        f.flag("telnet").ifPresent(b::telnet);
        f.flag("ftp").ifPresent(b::ftp);
        DeviceSpec base = b.build();
        Features features = base.features();
        features = features.withAnonymousViewer(f.flag("anonymousViewer").orElse(features.anonymousViewer()))
                .withUpnp(f.flag("upnp").orElse(features.upnp()))
                .withP2pCloud(f.flag("p2p").orElse(features.p2pCloud()))
                .withDdns(f.flag("ddns").orElse(features.ddns()));
        b.features(features);
        lockout(f, b);
        Services services = services(f, b, base.services());
        services = tls(f, services);
        b.services(services);
        DeviceSpec template;
        try {
            template = b.build();
        } catch (IllegalArgumentException e) {
            throw new FleetFileException(at + ": " + e.getMessage(), e);
        }
        PasswordChoice password = password(f, template);
        try {
            password.apply(template, FleetFile.DEFAULT_SEED, 0);
        } catch (IllegalArgumentException e) {
            throw new FleetFileException(at + ": field 'password': " + e.getMessage(), e);
        }
        try {
            ServiceLayout.names(template);
        } catch (IllegalArgumentException e) {
            throw new FleetFileException(at + ": field 'services': " + e.getMessage(), e);
        }
        return new FleetEntry(template, count, password);
    }

    private DeviceKind kind() throws FleetFileException {
        JsonNode value = node.get("kind");
        String known = String.join(", ", Arrays.stream(DeviceKind.values()).map(Enum::name).toList());
        if (value == null || !value.isTextual()) {
            throw new FleetFileException(where + ": field 'kind' is required (one of " + known + ")");
        }
        String name = value.asText().trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return DeviceKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new FleetFileException(where + ": field 'kind': unknown kind '" + value.asText() + "' (one of "
                    + known + ")");
        }
    }

    private static PasswordChoice password(FieldReader f, DeviceSpec template) throws FleetFileException {
        Optional<String> text = f.text("password");
        if (text.isEmpty()) {
            return PasswordChoice.usual(template);
        }
        String value = text.get();
        if (value.equals("vendor-default")) {
            return new PasswordChoice.VendorDefault();
        }
        if (value.equals("strong")) {
            return new PasswordChoice.Strong();
        }
        if (value.equals("shared")) {
            return new PasswordChoice.Shared("");
        }
        if (value.startsWith("shared:") && value.length() > "shared:".length()) {
            return new PasswordChoice.Shared(value.substring("shared:".length()));
        }
        throw f.error("password", "expected vendor-default, strong, shared or shared:<group>, not '" + value + "'");
    }

    private static void lockout(FieldReader f, DeviceSpec.Builder b) throws FleetFileException {
        JsonNode value = f.node("lockout");
        if (value == null) {
            return;
        }
        if (FieldReader.isOff(value)) {
            b.lockout(0, 0);
            return;
        }
        if (!value.isObject()) {
            throw f.error("lockout", "expected off or {after: 5, minutes: 30}");
        }
        FieldReader inner = f.nested("lockout", value, Set.of("after", "minutes"));
        int after = inner.integer("after", 1, 1000).orElseThrow(() -> f.error("lockout", "'after' is required"));
        int minutes = inner.integer("minutes", 1, 10_000).orElse(30);
        b.lockout(after, minutes);
    }

    /** {@code services: {http: 8080, rtsp: off, telnet: on, ftp: 2121, https: 8443, onvif: off}}. */
    private static Services services(FieldReader f, DeviceSpec.Builder b, Services services)
            throws FleetFileException {
        JsonNode value = f.node("services");
        if (value == null) {
            return services;
        }
        if (!value.isObject()) {
            throw f.error("services", "expected a map of service to on, off or a port, e.g. {http: 8080, rtsp: off}");
        }
        for (var fields = value.fields(); fields.hasNext(); ) {
            var field = fields.next();
            String name = field.getKey();
            JsonNode setting = field.getValue();
            boolean off = FieldReader.isOff(setting);
            boolean on = FieldReader.isOn(setting);
            Optional<Integer> port = setting.isInt() ? Optional.of(setting.asInt()) : Optional.empty();
            if (!off && !on && port.isEmpty()) {
                throw f.error("services", "service '" + name + "': expected on, off or a port, not " + setting);
            }
            if (port.isPresent() && (port.get() < 1 || port.get() > 65535)) {
                throw f.error("services", "service '" + name + "': port must be 1..65535, not " + port.get());
            }
            switch (name) {
                case "telnet" -> b.telnet(!off);
                case "ftp" -> b.ftp(!off);
                case "https" -> services = services.withTls(!off, services.tlsSubject());
                case "onvif" -> {
                    if (port.isPresent()) {
                        throw f.error("services", "onvif shares the http port; move http instead");
                    }
                    if (off) {
                        b.onvifAuthMode(OnvifAuthMode.DISABLED);
                    }
                    continue;
                }
                default -> {
                    if (off) {
                        services = services.withOff(name);
                    }
                }
            }
            if (port.isPresent()) {
                services = services.withPort(name, port.get());
            }
        }
        return services;
    }

    /** {@code tls: true}, {@code tls: false}, {@code tls: camera01} (the CN) or {@code tls: "CN=cam,O=Vendor"}. */
    private static Services tls(FieldReader f, Services services) throws FleetFileException {
        JsonNode value = f.node("tls");
        if (value == null) {
            return services;
        }
        if (FieldReader.isOff(value)) {
            return services.withTls(false, Optional.empty());
        }
        if (FieldReader.isOn(value)) {
            return services.withTls(true, services.tlsSubject());
        }
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
            throw f.error("tls", "expected true, false, a CN or a subject like \"CN=cam01,O=Vendor\"");
        }
        String text = value.asText().trim();
        String subject = text.contains("=") ? text : "CN=" + text;
        try {
            return services.withTls(true, Optional.of(subject));
        } catch (IllegalArgumentException e) {
            throw f.error("tls", e.getMessage());
        }
    }

    /** Typed access to the fields of one map, with messages naming the field. */
    private record FieldReader(JsonNode map, String at) {

        JsonNode node(String field) {
            JsonNode value = map.get(field);
            return value == null || value.isNull() ? null : value;
        }

        FieldReader nested(String field, JsonNode value, Set<String> allowed) throws FleetFileException {
            for (var names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error(field, "unknown field '" + name + "' (expected " + String.join(", ",
                            new TreeSet<>(allowed)) + ")");
                }
            }
            return new FieldReader(value, at + ": field '" + field + "'");
        }

        FleetFileException error(String field, String message) {
            return new FleetFileException(at + ": field '" + field + "': " + message);
        }

        Optional<String> text(String field) throws FleetFileException {
            JsonNode value = node(field);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isValueNode() || value.isBoolean() || value.asText().isBlank()) {
                throw error(field, "expected text, not " + value);
            }
            if (value.asText().length() > MAX_TEXT) {
                throw error(field, "longer than " + MAX_TEXT + " characters");
            }
            return Optional.of(value.asText());
        }

        Optional<Integer> integer(String field, int min, int max) throws FleetFileException {
            JsonNode value = node(field);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
                throw error(field, "expected a whole number " + min + ".." + max + ", not " + value);
            }
            return Optional.of(value.asInt());
        }

        Optional<Boolean> flag(String field) throws FleetFileException {
            JsonNode value = node(field);
            if (value == null) {
                return Optional.empty();
            }
            if (isOn(value)) {
                return Optional.of(true);
            }
            if (isOff(value)) {
                return Optional.of(false);
            }
            throw error(field, "expected true/false (or on/off), not " + value);
        }

        <T> Optional<T> choice(String field, Map<String, T> choices) throws FleetFileException {
            Optional<String> text = text(field);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            T value = choices.get(text.get().toLowerCase(Locale.ROOT));
            if (value == null) {
                throw error(field, "expected one of " + String.join(", ", new TreeSet<>(choices.keySet()))
                        + ", not '" + text.get() + "'");
            }
            return Optional.of(value);
        }

        static boolean isOn(JsonNode value) {
            return value.isBoolean() ? value.asBoolean()
                    : value.isTextual() && List.of("on", "yes", "true").contains(value.asText().toLowerCase(Locale.ROOT));
        }

        static boolean isOff(JsonNode value) {
            return value.isBoolean() ? !value.asBoolean()
                    : value.isTextual() && List.of("off", "no", "false").contains(value.asText().toLowerCase(Locale.ROOT));
        }
    }
}
