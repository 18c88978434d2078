package dev.blindspot.lab;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.site.Segment;
import dev.blindspot.site.SiteLayout;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lab's truth about its devices, derived from their specs (never from a scan). Serialised by Jackson as
 * {@code {"devices": [{"address", "vendor", "model", "firmware", "deviceClass", "failing": [...],
 * "exposures": [...]}], "flatNetworks": [...]}}; read back with {@link #read(java.io.InputStream)}
 * ({@code flatNetworks} is derived from the devices, so it is written for readers and recomputed on reading).
 */
@JsonPropertyOrder({"devices", "flatNetworks"})
@JsonIgnoreProperties(value = "flatNetworks", allowGetters = true)
public record AnswerKey(List<Device> devices) {

    /** Check id of the segmentation weakness the fleet layout plants ({@code check/rules/FlatNetwork}). */
    public static final String FLAT_NETWORK = "flat-network";
    /** Device classes that make a segment holding surveillance devices a flat network (wire names). */
    static final Set<String> ORDINARY_CLASSES = Set.of("workstation", "printer", "nas", "server");

    public AnswerKey {
        if (devices == null) {
            throw new IllegalArgumentException("no \"devices\" list");
        }
        devices = List.copyOf(devices);
    }

    static AnswerKey of(List<LabDevice> devices) {
        Set<String> sharedFirsts = sharedPasswordFirsts(devices);
        Set<String> mapping = upnpMappingRouters(devices);
        return new AnswerKey(devices.stream().map(Device::of).map(d -> sharedFirsts.contains(d.address())
                ? d.withFailing(SHARED_PASSWORD) : d)
                .map(d -> mapping.contains(d.address()) ? d.withFailing(UPNP_PORT_MAPPING) : d).toList());
    }

    // --- router UPnP IGD audit (issue 7, upnp) ---
    /** Check id of the UPnP mapping weakness a router plants ({@code check/rules/UpnpPortMappingToSurveillance}). */
    public static final String UPNP_PORT_MAPPING = "upnp-port-mapping-to-surveillance";

    /**
     * The UPnP routers that hold a port mapping to a surveillance device of the lab, or to a camera port
     * ({@code UpnpPortMappingToSurveillance.CAMERA_PORTS}: the camera ports of the scanner's default port set). A pure
     * function of the specs and addresses.
     */
    static Set<String> upnpMappingRouters(List<LabDevice> devices) {
        Set<String> surveillance = new java.util.HashSet<>();
        devices.stream().filter(d -> d.deviceClass() != null && d.deviceClass().isSurveillance())
                .forEach(d -> surveillance.add(d.address()));
        Set<String> out = new java.util.HashSet<>();
        for (LabDevice d : devices) {
            if (d.kind() == DeviceKind.UPNP_ROUTER && d.spec().app().portMappings().stream().anyMatch(m ->
                    surveillance.contains(m.internalClient())
                            || dev.blindspot.check.rules.UpnpPortMappingToSurveillance.CAMERA_PORTS.contains(m.internalPort()))) {
                out.add(d.address());
            }
        }
        return out;
    }

    /** Check id of the fleet-wide credential weakness ({@code check/rules/SharedPassword}). */
    public static final String SHARED_PASSWORD = "shared-password";

    /**
     * Where the fleet plants a shared credential a default-profile scan can prove: devices whose planted default
     * credential is the same username and password (vendor defaults count as shared: one pair opens them all),
     * grouped across vendors; the group's finding belongs to its first device in numeric order. Groups that share a
     * non-default password ({@link PasswordKind#SHARED}) are found only with operator credentials and are not
     * planted here. A pure function of the specs.
     */
    static Set<String> sharedPasswordFirsts(List<LabDevice> devices) {
        Map<String, java.util.TreeSet<String>> groups = new LinkedHashMap<>();
        for (LabDevice d : devices) {
            if (d.failing().contains(Weakness.DEFAULT_CREDENTIALS_ACCEPTED.checkId())) {
                groups.computeIfAbsent(d.spec().username() + "\u0000" + d.spec().password(),
                        k -> new java.util.TreeSet<>(dev.blindspot.inventory.Inventory::compareAddresses)).add(d.address());
            }
        }
        Set<String> firsts = new java.util.HashSet<>();
        groups.values().stream().filter(g -> g.size() >= 2).forEach(g -> firsts.add(g.first()));
        return firsts;
    }

    /**
     * Where the fleet layout plants a flat network when hosts are grouped as the scanner does by default (IPv4 /24,
     * IPv6 /64): the segments (CIDR) where a surveillance device shares the block with a workstation, printer, NAS or
     * server. A pure function of the devices' addresses and classes.
     */
    @JsonProperty("flatNetworks")
    public List<String> flatNetworks() {
        return flatNetworks(SiteLayout.byDefault());
    }

    /** As {@link #flatNetworks()}, with hosts grouped by {@code site} (the zones of a {@code --site} file). */
    public List<String> flatNetworks(SiteLayout site) {
        Map<String, boolean[]> seen = new LinkedHashMap<>();
        for (Device d : devices) {
            Optional<Segment> segment = site.segmentOf(d.address());
            if (segment.isEmpty() || d.deviceClass() == null) {
                continue;
            }
            boolean[] kinds = seen.computeIfAbsent(segment.get().subject(), k -> new boolean[2]);
            kinds[0] |= Set.of("camera", "recorder", "encoder", "vms").contains(d.deviceClass());
            kinds[1] |= ORDINARY_CLASSES.contains(d.deviceClass());
        }
        return seen.entrySet().stream().filter(e -> e.getValue()[0] && e.getValue()[1]).map(Map.Entry::getKey).toList();
    }

    /** The segments (CIDR subjects) the key's devices fall in under {@code site}. */
    public Set<String> segments(SiteLayout site) {
        Set<String> out = new java.util.TreeSet<>();
        devices.forEach(d -> site.segmentOf(d.address()).ifPresent(s -> out.add(s.subject())));
        return out;
    }

    /**
     * Reads a key written by {@code blindspot lab --key}; throws {@link IOException} naming what is wrong when the
     * text is not one.
     */
    public static AnswerKey read(InputStream in) throws IOException {
        AnswerKey key;
        try {
            key = new ObjectMapper().readValue(in, AnswerKey.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new IOException("not an answer key: " + message, e);
        }
        if (key == null) {
            throw new IOException("not an answer key: empty");
        }
        for (Device d : key.devices()) {
            if (d.address() == null || d.vendor() == null) {
                throw new IOException("not an answer key: a device without \"address\" or \"vendor\"");
            }
        }
        return key;
    }

    /**
     * One device's entry; {@code deviceClass} is the lower-case wire name. An empty vendor or class means the right
     * answer is none (a device that names no vendor); a report that names none is then right.
     *
     * @param failing   ids of existing checks that must fail on the device ({@link Weakness})
     * @param exposures ids of weaknesses planted for checks that do not exist yet ({@link Exposure}); not scored
     */
    @JsonPropertyOrder({"address", "vendor", "model", "firmware", "deviceClass", "failing", "exposures"})
    public record Device(String address, String vendor, String model, String firmware, String deviceClass,
                         List<String> failing, List<String> exposures) {

        public Device {
            failing = failing == null ? List.of() : List.copyOf(failing);
            exposures = exposures == null ? List.of() : List.copyOf(exposures);
        }

        public Device(String address, String vendor, String model, String firmware, String deviceClass,
                      List<String> failing) {
            this(address, vendor, model, firmware, deviceClass, failing, List.of());
        }

        /** This entry with one more failing check id. */
        Device withFailing(String checkId) {
            List<String> more = new java.util.ArrayList<>(failing);
            more.add(checkId);
            return new Device(address, vendor, model, firmware, deviceClass, more, exposures);
        }

        /**
         * A hostile device that imitates no vendor ({@link HostileStrings#NO_VENDOR}) shows nothing an honest scanner
         * could name it by: the right answer is no vendor and no class, written as empty strings.
         */
        static Device of(LabDevice d) {
            // a VMS behind a proxy that asks for a login shows nothing but nginx's 401 (issue 7)
            boolean unnamed = HostileStrings.NO_VENDOR.equals(d.vendor())
                    || (d.spec().kind() == DeviceKind.NGINX_REVERSE_PROXY && d.spec().app().loginRequired());
            return new Device(d.address(), unnamed ? "" : d.vendor(), d.model(), d.firmware(),
                    unnamed ? "" : d.deviceClass().wireName(), d.failing(),
                    Exposure.of(d.spec()).stream().map(Exposure::id).toList());
        }
    }
}
