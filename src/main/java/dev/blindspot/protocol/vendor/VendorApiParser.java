package dev.blindspot.protocol.vendor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a vendor API's answer into a small field map. Bodies are already capped by the HTTP client; JSON is
 * parsed with tight nesting, string and number limits, and only named text fields are kept (each at most
 * {@value #MAX_FIELD} characters). A non-2xx answer is an answer with the fields its error body names.
 */
final class VendorApiParser {

    static final int MAX_FIELD = 128;
    static final int MAX_BODY = 64 * 1024;
    private static final List<String> AXIS_FIELDS = List.of("Brand", "ProdNbr", "ProdShortName", "ProdFullName",
            "ProdType", "Version", "SerialNumber", "HardwareID");
    private static final Pattern FRIGATE_VERSION = Pattern.compile("\\d{1,4}\\.\\d{1,4}[0-9A-Za-z.+-]{0,60}");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096)
                    .maxNumberLength(32).maxDocumentLength(MAX_BODY).build())
            .build());

    private VendorApiParser() {
    }

    static ProbeOutcome<VendorApiReply> parse(VendorApi api, int status, byte[] body) {
        if (body.length > MAX_BODY) {
            return new ProbeOutcome.ProtocolError<>("vendor API body over " + MAX_BODY + " bytes");
        }
        try {
            Map<String, String> fields = switch (api) {
                case AXIS_BASICDEVICEINFO -> status / 100 == 2 ? axis(json(body)) : Map.of();
                case AXIS_SYSTEMREADY -> status / 100 == 2 && looksLikeJson(body) ? axisSystemReady(json(body)) : Map.of();
                case ZONEMINDER_VERSION -> zoneMinder(status, body);
                case FRIGATE_VERSION -> status / 100 == 2 ? frigate(body) : Map.of();
                case FRIGATE_STATS -> status / 100 == 2 && looksLikeJson(body) ? frigateStats(json(body)) : Map.of();
                case AGENTDVR_STATUS -> status / 100 == 2 && looksLikeJson(body) ? agentDvr(json(body)) : Map.of();
                case NX_MODULEINFO -> status / 100 == 2 && looksLikeJson(body) ? nx(json(body)) : Map.of();
                case SYNOLOGY_APIINFO -> status / 100 == 2 && looksLikeJson(body) ? synology(json(body)) : Map.of();
                case DLINK_INFO -> status / 100 == 2 ? KevApiFields.keyValues(body, "model", "version", "hw_version")
                        : Map.of();
                case QNAP_AUTHLOGIN -> status / 100 == 2 ? KevApiFields.xml(body, "QDocRoot", "internalModelName",
                        "modelName", "version", "build") : Map.of();
                case NUUO_CURRENTINFO -> status / 100 == 2 ? KevApiFields.xml(body, null, "Model", "Titan") : Map.of();
            };
            return ProbeOutcome.answered(new VendorApiReply(status, fields));
        } catch (IOException e) {
            return new ProbeOutcome.ProtocolError<>(api.wireName() + ": not the JSON the API answers ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static Map<String, String> axis(JsonNode root) {
        JsonNode list = root.path("data").path("propertyList");
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : AXIS_FIELDS) {
            put(out, f, list.get(f));
        }
        return out;
    }

    /** Systemready's {@code data}: {@code systemready} and {@code needsetup} (yes/no as the device writes them). */
    private static Map<String, String> axisSystemReady(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "systemready", root.path("data").get("systemready"));
        put(out, "needsetup", root.path("data").get("needsetup"));
        return out;
    }

    /** 200: {@code version}, {@code apiversion}; 401/403 JSON error: {@code error} and {@code exception}. */
    private static Map<String, String> zoneMinder(int status, byte[] body) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (status / 100 == 2) {
            JsonNode root = json(body);
            put(out, "version", root.get("version"));
            put(out, "apiversion", root.get("apiversion"));
        } else if (looksLikeJson(body)) {
            JsonNode data = json(body).path("data");
            put(out, "error", data.get("name"));
            put(out, "exception", data.path("exception").get("class"));
        }
        return out;
    }

    private static Map<String, String> frigate(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8).strip();
        return FRIGATE_VERSION.matcher(text).matches() ? Map.of("version", text) : Map.of();
    }

    /**
     * {@code version} (from {@code service.version}) and {@code cameras} (how many cameras the stats list, in either the 0.11+ {@code cameras} object or the older top-level layout), only when
     * the answer is Frigate's stats document (it has a {@code service} object); nothing else of it is kept.
     */
    private static Map<String, String> frigateStats(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!root.path("service").isObject()) {
            return out;
        }
        put(out, "version", root.path("service").get("version"));
        JsonNode cameras = root.path("cameras");
        int count = 0;
        if (cameras.isObject()) {
            count = cameras.size();
        } else {
            // before 0.11 each camera was a top-level object with its own camera_fps
            for (JsonNode value : root) {
                count += value.isObject() && value.has("camera_fps") ? 1 : 0;
            }
        }
        out.put("cameras", Integer.toString(count));
        return out;
    }

    /** {@code version} and {@code unique} (the install's id, kept only as "present") of {@code /command/getStatus}. */
    private static Map<String, String> agentDvr(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "version", root.get("version"));
        if (root.path("unique").isTextual() && root.has("devices")) {
            out.put("unique", "present");
        }
        return out;
    }

    /** The {@code reply} object's version, type, customization and brand. */
    private static Map<String, String> nx(JsonNode root) {
        JsonNode reply = root.path("reply");
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : List.of("version", "type", "customization", "brand")) {
            put(out, f, reply.get(f));
        }
        return out;
    }

    /** {@code success}, and whether the directory lists Surveillance Station's Info API (with its max version). */
    private static Map<String, String> synology(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "success", root.get("success"));
        JsonNode data = root.path("data");
        if (data.has("SYNO.API.Auth")) {
            out.put("auth", "listed");
        }
        JsonNode ss = data.path("SYNO.SurveillanceStation.Info");
        if (ss.isObject()) {
            out.put("surveillanceStation", "listed");
            put(out, "ssInfoMaxVersion", ss.get("maxVersion"));
        }
        return out;
    }

    private static JsonNode json(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        return root;
    }

    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '{';
            }
        }
        return false;
    }

    private static void put(Map<String, String> out, String name, JsonNode value) {
        if (value != null && value.isValueNode() && !value.isNull()) {
            String v = value.asText().strip();
            if (v.length() > MAX_FIELD) {
                v = v.substring(0, MAX_FIELD);
            }
            if (!v.isEmpty()) {
                out.put(name, v);
            }
        }
    }
}
