package dev.blindspot.protocol.snapshot;

import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.Outcomes;
import dev.blindspot.protocol.http.RawHttpResponse;
import dev.blindspot.scan.ProbeOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Asks an identified camera, recorder or encoder for a still image WITHOUT credentials (read-only GETs of
 * {@link SnapshotPaths}), on the web ports whose {@code GET /} answered, at most {@value #MAX_REQUESTS} requests per
 * device: snapshot paths in order until one answers a JPEG or refuses (401/403), then, only after a JPEG, the vendor's
 * configuration path once. Each answer becomes a {@link VendorApiObservation} ({@value #API} or {@value #CONFIG_API})
 * whose fields keep only the path, status, content type, whether the body starts with the JPEG magic FF D8 FF and
 * its size: never the image. Bodies are read through a client capped at {@value #MAX_BODY} bytes, so a device
 * sending an endless "JPEG" costs at most that and the exchange deadline.
 */
public final class SnapshotProbe {

    /** The observation name of a snapshot request. */
    public static final String API = "snapshot";
    /** The observation name of the configuration-page control request. */
    public static final String CONFIG_API = "snapshot.config";
    /** Requests per device, all paths and ports together. */
    public static final int MAX_REQUESTS = 3;
    /** Body bytes read per answer; a longer body counts as truncated. */
    public static final int MAX_BODY = 16 * 1024;
    private static final int MAX_FIELD = 64;
    /** Reolink's API refuses a command without session with HTTP 200 and rspCode -6 (sample api_Logout_error_please_login_first.json). */
    private static final java.util.regex.Pattern LOGIN_FIRST =
            java.util.regex.Pattern.compile("\"rspCode\"\\s*:\\s*-6(?![0-9])");

    private final BoundedHttpClient client;
    private final SnapshotPaths paths;

    /** @param client a client whose body cap is at most {@link #MAX_BODY} (larger caps only cost memory) */
    public SnapshotProbe(BoundedHttpClient client, SnapshotPaths paths) {
        this.client = client;
        this.paths = paths;
    }

    /** The requests for {@code address}; none when the identity has no plan or no web port answered. */
    public List<VendorApiObservation> probe(String address, List<Observation> firstPass, Identity identity) {
        Optional<SnapshotPaths.Plan> plan = paths.plan(identity);
        Map<Integer, Boolean> ports = webPorts(firstPass);
        if (plan.isEmpty() || ports.isEmpty()) {
            return List.of();
        }
        List<VendorApiObservation> out = new ArrayList<>();
        for (Map.Entry<Integer, Boolean> port : ports.entrySet()) {
            for (String path : plan.get().snapshots()) {
                if (out.size() >= MAX_REQUESTS) {
                    return out;
                }
                VendorApiObservation o = ask(address, port.getKey(), port.getValue(), API, path);
                out.add(o);
                if (jpeg(o)) {
                    if (out.size() < MAX_REQUESTS && plan.get().config().isPresent()) {
                        out.add(ask(address, port.getKey(), port.getValue(), CONFIG_API, plan.get().config().get()));
                    }
                    return out;
                }
                if (refused(o)) {
                    return out;
                }
            }
        }
        return out;
    }

    /** Ports (with their TLS flag) where the first pass's {@code GET /} got an HTTP answer, in first-pass order. */
    static Map<Integer, Boolean> webPorts(List<Observation> firstPass) {
        Map<Integer, Boolean> out = new LinkedHashMap<>();
        for (Observation o : firstPass) {
            if (o instanceof HttpObservation h && h.path().equals("/") && h.outcome().answer().isPresent()) {
                out.putIfAbsent(h.port(), h.tls());
            }
        }
        return out;
    }

    private VendorApiObservation ask(String address, int port, boolean tls, String api, String path) {
        ProbeOutcome<VendorApiReply> outcome = Outcomes.map(
                client.exchangeRaw(HttpRequestSpec.get(address, port, tls, path)), raw -> reply(path, raw));
        return new VendorApiObservation(address, port, api, outcome);
    }

    /**
     * The kept fields: path, contentType, jpeg (yes/no), size (bytes announced or read), truncated, challenge (the
     * first WWW-Authenticate scheme), schemes (the schemes of every WWW-Authenticate header, at most 4, comma-separated,
     * for check http-basic-auth-cleartext), refusal (an API error that asks for a login, e.g. Reolink's rspCode -6).
     */
    static VendorApiReply reply(String path, RawHttpResponse raw) {
        byte[] body = raw.body();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("path", path);
        raw.reply().headers().first("Content-Type").map(SnapshotProbe::clean).ifPresent(v -> f.put("contentType", v));
        f.put("jpeg", body.length >= 3 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xd8
                && (body[2] & 0xff) == 0xff ? "yes" : "no");
        f.put("size", Long.toString(announcedLength(raw).orElse((long) body.length)));
        f.put("truncated", raw.truncated() ? "yes" : "no");
        if ("no".equals(f.get("jpeg")) && LOGIN_FIRST.matcher(new String(body, 0, Math.min(body.length, 1024),
                java.nio.charset.StandardCharsets.ISO_8859_1)).find()) {
            f.put("refusal", "please login first");
        }
        raw.reply().headers().first("WWW-Authenticate")
                .map(v -> clean(v.strip().split("\\s", 2)[0])).ifPresent(v -> f.put("challenge", v));
        List<String> schemes = raw.reply().headers().all("WWW-Authenticate").stream().limit(4)
                .map(v -> clean(v.strip().split("\\s", 2)[0])).toList();
        if (!schemes.isEmpty()) {
            f.put("schemes", String.join(",", schemes));
        }
        return new VendorApiReply(raw.reply().status(), f);
    }

    private static Optional<Long> announcedLength(RawHttpResponse raw) {
        Optional<String> length = raw.reply().headers().first("Content-Length").map(String::strip);
        if (length.isPresent() && length.get().matches("\\d{1,12}")) {
            return Optional.of(Long.parseLong(length.get()));
        }
        return Optional.empty();
    }

    private static String clean(String v) {
        String s = v.strip().replaceAll("[^\\x21-\\x7e ]", "?");
        return (s.length() > MAX_FIELD ? s.substring(0, MAX_FIELD) : s).toLowerCase(Locale.ROOT);
    }

    /** True when the answer was a 200 whose body starts with the JPEG magic. */
    public static boolean jpeg(VendorApiObservation o) {
        return o.outcome().answer().map(r -> r.status() == 200 && "yes".equals(r.fields().get("jpeg"))).orElse(false);
    }

    /** True when the answer refused without credentials (401, 403, or an API error saying "please login first"). */
    public static boolean refused(VendorApiObservation o) {
        return o.outcome().answer().map(r -> r.status() == 401 || r.status() == 403
                || r.fields().containsKey("refusal")).orElse(false);
    }
}
