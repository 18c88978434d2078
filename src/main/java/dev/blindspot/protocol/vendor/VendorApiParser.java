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
                case ZONEMINDER_VERSION -> zoneMinder(status, body);
                case FRIGATE_VERSION -> status / 100 == 2 ? frigate(body) : Map.of();
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
