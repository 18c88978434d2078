package dev.blindspot.credential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * RTSP stream routes per vendor ({@code credentials/rtsp-routes.txt}: the vendors' documented or captured routes and
 * cameradar's generic list, each cited there). Immutable.
 */
public final class RtspRoutes {

    /** The bundled data file on the class path. */
    public static final String RESOURCE = "/credentials/rtsp-routes.txt";
    static final String GENERIC = "Generic";

    private record Route(String vendor, String path) {}

    private final List<Route> routes;

    RtspRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static RtspRoutes bundled() {
        try (InputStream in = RtspRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CredentialDataException(RESOURCE + ": not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RtspRoutes parse(String text) {
        List<Route> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = lines.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+");
                if (parts.length != 2 || !parts[1].startsWith("/") || !parts[1].chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                    throw new CredentialDataException(RESOURCE + " line " + n + ": expected '<vendor> /<route>'");
                }
                out.add(new Route(parts[0], parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RtspRoutes(out);
    }

    /** The vendor's own routes (by canonical name) in file order; empty for an unknown vendor. */
    public List<String> vendorRoutes(Optional<VendorProfile> vendor) {
        return vendor.map(v -> routes.stream().filter(r -> r.vendor().toLowerCase(Locale.ROOT)
                .equals(v.name().toLowerCase(Locale.ROOT))).map(Route::path).toList()).orElse(List.of());
    }

    /** The vendor's own routes, then the generic ones, each once. */
    public List<String> forVendor(Optional<VendorProfile> vendor) {
        Set<String> out = new LinkedHashSet<>(vendorRoutes(vendor));
        routes.stream().filter(r -> r.vendor().equals(GENERIC)).map(Route::path).forEach(out::add);
        return List.copyOf(out);
    }
}
