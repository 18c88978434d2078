package dev.blindspot.protocol.discovery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.DiscoveryReply;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dahua's device discovery on UDP {@value #PORT}: a DHIP frame (32-byte little-endian header: length 0x20, magic
 * {@code DHIP}, session, id, body length twice) carrying {@code DHDiscover.search} (sample
 * dahua/dhip_discovery_udp37810_search_request.hex.txt), answered by {@code client.notifyDevInfo} with the device's
 * {@code deviceInfo} (sample dahua/dhip_discovery_udp37810_notifyDevInfo_reply.json). Only the fields in
 * {@link #FIELDS} are kept: serial number, MAC and addresses are not.
 */
public final class DhipDiscovery {

    public static final int PORT = 37810;
    static final int HEADER = 32;
    static final List<String> FIELDS = List.of("DeviceType", "DeviceClass", "Vendor", "Manufacturer", "Version",
            "HttpPort", "Port");
    private static final byte[] MAGIC = "DHIP".getBytes(StandardCharsets.US_ASCII);
    private static final String SEARCH = "{ \"method\" : \"DHDiscover.search\", \"params\" : { \"mac\" : \"\", \"uni\" : 1 } }\n";
    private static final int MAX_FIELD = 128;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096)
                    .maxNumberLength(32).maxDocumentLength(UdpExchange.MAX_DATAGRAM).build())
            .build());

    private DhipDiscovery() {}

    /** The search request, byte for byte as the sample. */
    public static byte[] request() {
        return frame(SEARCH.getBytes(StandardCharsets.UTF_8));
    }

    /** A DHIP frame (session and id 0) around {@code body}. */
    public static byte[] frame(byte[] body) {
        return ByteBuffer.allocate(HEADER + body.length).order(ByteOrder.LITTLE_ENDIAN).putInt(HEADER).put(MAGIC)
                .putInt(0).putInt(0).putInt(body.length).putInt(0).putInt(body.length).putInt(0).put(body).array();
    }

    /** The device information of a {@code client.notifyDevInfo} answer; empty for anything else. */
    public static Optional<DiscoveryReply.Dhip> parse(byte[] datagram) {
        if (datagram.length < HEADER) {
            return Optional.empty();
        }
        ByteBuffer header = ByteBuffer.wrap(datagram, 0, HEADER).order(ByteOrder.LITTLE_ENDIAN);
        int length = header.getInt(16);
        if (header.getInt(0) != HEADER || !Arrays.equals(datagram, 4, 8, MAGIC, 0, 4)
                || length < 2 || length > datagram.length - HEADER) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(Arrays.copyOfRange(datagram, HEADER, HEADER + length));
        } catch (IOException e) {
            return Optional.empty();
        }
        JsonNode info = root == null ? null : root.path("params").path("deviceInfo");
        if (info == null || !root.path("method").asText().equals("client.notifyDevInfo") || !info.isObject()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : FIELDS) {
            JsonNode v = info.get(name);
            if (v != null && (v.isTextual() || v.isNumber())) {
                String text = v.asText().strip().replaceAll("[\\x00-\\x1f\\x7f]", "");
                if (!text.isEmpty()) {
                    fields.put(name, text.length() > MAX_FIELD ? text.substring(0, MAX_FIELD) : text);
                }
            }
        }
        return Optional.of(new DiscoveryReply.Dhip(fields));
    }
}
