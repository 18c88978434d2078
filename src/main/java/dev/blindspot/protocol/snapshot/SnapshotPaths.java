package dev.blindspot.protocol.snapshot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.blindspot.inventory.Identity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor snapshot endpoints of {@code snapshot/snapshots.yaml}: per manufacturer at most three still-image
 * paths, an optional configuration path that always needs a login, and where the vendor's anonymous-viewer switch
 * is; plus at most two generic paths for surveillance devices of unknown vendor. Immutable.
 */
public final class SnapshotPaths {

    static final String RESOURCE = "/snapshot/snapshots.yaml";
    static final int MAX_VENDOR_PATHS = 3;
    static final int MAX_GENERIC_PATHS = 2;
    private static final int MAX_BYTES = 64 * 1024;

    private final Map<String, Vendor> byManufacturer;
    private final List<String> generic;

    private SnapshotPaths(Map<String, Vendor> byManufacturer, List<String> generic) {
        this.byManufacturer = Map.copyOf(byManufacturer);
        this.generic = List.copyOf(generic);
    }

    /**
     * One vendor's entry: snapshot paths in asking order, the login-only page, whether the vendor has an
     * anonymous-viewer switch and where it is (or what an open snapshot means without one).
     */
    public record Vendor(String manufacturer, List<String> snapshots, Optional<String> config, boolean anonymousSwitch,
                         String anonymous) {
        public Vendor {
            snapshots = List.copyOf(snapshots);
        }
    }

    /** What to ask one device: snapshot paths in order and the optional configuration path. */
    public record Plan(List<String> snapshots, Optional<String> config) {
        public Plan {
            snapshots = List.copyOf(snapshots);
        }
    }

    /** The bundled data (read once). */
    public static SnapshotPaths bundled() {
        return Bundled.PATHS;
    }

    /** Parses the YAML text; throws {@link IllegalArgumentException} naming what is wrong. */
    public static SnapshotPaths parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("snapshot paths larger than " + MAX_BYTES + " bytes");
        }
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        FileShape file = yaml.readValue(bytes, FileShape.class);
        if (file == null || file.version() != 1 || file.vendors() == null || file.generic() == null) {
            throw new IllegalArgumentException("snapshot paths: version 1 with vendors and generic expected");
        }
        Map<String, Vendor> vendors = new LinkedHashMap<>();
        for (VendorShape v : file.vendors()) {
            if (v.manufacturer() == null || v.snapshots() == null || v.anonymous() == null
                    || v.anonymous().setting() == null || v.anonymous().source() == null) {
                throw new IllegalArgumentException("snapshot paths: a vendor without manufacturer, snapshots or anonymous");
            }
            if (v.snapshots().size() > MAX_VENDOR_PATHS) {
                throw new IllegalArgumentException(v.manufacturer() + ": more than " + MAX_VENDOR_PATHS + " snapshot paths");
            }
            List<String> paths = v.snapshots().stream().map(p -> checked(v.manufacturer(), p)).toList();
            Optional<String> config = Optional.ofNullable(v.config()).map(p -> checked(v.manufacturer(), p));
            if (vendors.put(key(v.manufacturer()), new Vendor(v.manufacturer(), paths, config,
                    v.anonymous().switchOn(), v.anonymous().setting())) != null) {
                throw new IllegalArgumentException("snapshot paths: " + v.manufacturer() + " listed twice");
            }
        }
        if (file.generic().size() > MAX_GENERIC_PATHS) {
            throw new IllegalArgumentException("snapshot paths: more than " + MAX_GENERIC_PATHS + " generic paths");
        }
        List<String> generic = file.generic().stream().map(p -> checked("generic", p)).toList();
        return new SnapshotPaths(vendors, generic);
    }

    /** The entry of {@code manufacturer} (case-insensitive), if the data has one. */
    public Optional<Vendor> vendor(String manufacturer) {
        return Optional.ofNullable(byManufacturer.get(key(manufacturer)));
    }

    public List<String> generic() {
        return generic;
    }

    /**
     * What to ask a device of {@code identity}: nothing unless it is a camera, recorder or encoder (VMS servers
     * have checks of their own); its manufacturer's paths (the vendor when no manufacturer is named) when the
     * data lists it; the generic paths when no vendor is known; nothing for a known vendor the data does not list.
     */
    public Optional<Plan> plan(Identity identity) {
        boolean device = identity.deviceClass().map(c -> c.isSurveillance()
                && c != dev.blindspot.inventory.DeviceClass.VMS).orElse(false);
        if (!device) {
            return Optional.empty();
        }
        Optional<String> maker = identity.manufacturer().or(identity::vendor);
        if (maker.isEmpty()) {
            return Optional.of(new Plan(generic, Optional.empty()));
        }
        return vendor(maker.get()).filter(v -> !v.snapshots().isEmpty())
                .map(v -> new Plan(v.snapshots(), v.config()));
    }

    private static String checked(String owner, PathShape p) {
        if (p == null || p.path() == null || p.source() == null || p.source().isBlank()) {
            throw new IllegalArgumentException(owner + ": every path needs a path and a source");
        }
        String path = p.path();
        if (!path.startsWith("/") || path.length() > 200 || !path.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(owner + ": bad path " + path);
        }
        return path;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    record FileShape(int version, List<VendorShape> vendors, List<PathShape> generic) {}

    record VendorShape(String manufacturer, List<PathShape> snapshots, PathShape config, AnonymousShape anonymous) {}

    record AnonymousShape(@com.fasterxml.jackson.annotation.JsonProperty("switch") boolean switchOn, String setting,
                          String source) {}

    record PathShape(String path, String source) {}

    private static final class Bundled {
        static final SnapshotPaths PATHS = load();

        private static SnapshotPaths load() {
            try (InputStream in = SnapshotPaths.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
