package dev.blindspot.fingerprint;

import dev.blindspot.inventory.BannerObservation;
import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.inventory.Evidence;
import dev.blindspot.inventory.FaviconObservation;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.MacObservation;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.protocol.discovery.WsDiscovery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Pulls (source, value) evidence out of observations; values are trimmed and capped at 256 characters. */
final class EvidenceExtractor {

    static final int MAX_VALUE = 256;

    private EvidenceExtractor() {
    }

    static List<Evidence> extract(List<Observation> observations) {
        Set<Evidence> out = new LinkedHashSet<>();
        for (Observation o : observations) {
            switch (o) {
                case HttpObservation h -> h.outcome().answer().ifPresent(r -> {
                    r.server().ifPresent(v -> add(out, "http.server", v));
                    r.headers().all("WWW-Authenticate").forEach(v -> add(out, "http.www-authenticate", v));
                    r.title().ifPresent(v -> add(out, "http.title", v));
                    r.tlsSubject().ifPresent(v -> add(out, "tls.subject", v));
                    r.tlsIssuer().ifPresent(v -> add(out, "tls.issuer", v));
                });
                case RtspObservation r -> r.outcome().answer().ifPresent(reply -> {
                    reply.headers().first("Server").ifPresent(v -> add(out, "rtsp.server", v));
                    reply.headers().all("WWW-Authenticate").forEach(v -> add(out, "rtsp.www-authenticate", v));
                });
                case BannerObservation b -> b.outcome().answer().ifPresent(v -> banner(out, b.service(), firstLine(v)));
                case OnvifObservation ov -> ov.outcome().answer().filter(reply -> reply.succeeded()).ifPresent(reply -> {
                    for (String field : List.of("Manufacturer", "Model", "FirmwareVersion", "HardwareId")) {
                        String v = reply.fields().get(field);
                        if (v != null) {
                            add(out, "onvif." + field.toLowerCase(java.util.Locale.ROOT), v);
                        }
                    }
                });
                case MacObservation m -> add(out, "mac.oui", m.oui());
                case FaviconObservation f -> f.md5().answer().ifPresent(md5 -> add(out, "http.favicon.md5", md5));
                case DiscoveryObservation d -> d.outcome().answer().ifPresent(reply -> discovery(out, reply));
                default -> { }
            }
        }
        return new ArrayList<>(out);
    }

    /** WS-Discovery name/hardware/type scopes and types, SSDP servers, UPnP description and DHIP fields. */
    private static void discovery(Set<Evidence> out, DiscoveryReply reply) {
        switch (reply) {
            case DiscoveryReply.WsDiscovery w -> {
                for (String scope : w.scopes()) {
                    WsDiscovery.onvifScope(scope).filter(s -> WSD_SCOPES.matcher(s).lookingAt())
                            .ifPresent(s -> add(out, "wsd.scopes", s.substring(0, s.indexOf('/')).toLowerCase(
                                    java.util.Locale.ROOT) + s.substring(s.indexOf('/'))));
                }
                w.types().forEach(t -> add(out, "wsd.types", t));
            }
            case DiscoveryReply.Ssdp s -> {
                s.answers().forEach(a -> add(out, "ssdp.server", a.server()));
                s.description().ifPresent(u -> {
                    u.manufacturer().ifPresent(v -> add(out, "upnp.manufacturer", v));
                    u.modelName().ifPresent(v -> add(out, "upnp.modelname", v));
                    u.modelNumber().ifPresent(v -> add(out, "upnp.modelnumber", v));
                    u.deviceType().ifPresent(v -> add(out, "upnp.devicetype", v));
                });
            }
            case DiscoveryReply.Dhip d -> {
                for (String field : List.of("Vendor", "DeviceType", "DeviceClass", "Version")) {
                    String v = d.fields().get(field);
                    if (v != null) {
                        add(out, "dhip." + field.toLowerCase(java.util.Locale.ROOT), v);
                    }
                }
            }
        }
    }

    /** An SSH identification line without its "SSH-2.0-" (the software version, as rules name it). */
    private static final java.util.regex.Pattern SSH_PREFIX = java.util.regex.Pattern.compile("^SSH-\\d+\\.\\d+-");

    /**
     * FTP, Telnet and SSH greetings (source {@code <service>.banner}).
     */
    private static void banner(Set<Evidence> out, String service, String line) {
        switch (service) {
            case "ssh" -> add(out, "ssh.banner", SSH_PREFIX.matcher(line.strip()).replaceFirst(""));
            default -> add(out, service + ".banner", line);
        }
    }

    /** The scope categories kept as evidence: the device's name, hardware (model) and types. */
    private static final java.util.regex.Pattern WSD_SCOPES =
            java.util.regex.Pattern.compile("(?i)(name|hardware|type)/.");

    private static String firstLine(String v) {
        int nl = v.indexOf('\n');
        return nl < 0 ? v : v.substring(0, nl);
    }

    /** Per-request values (nonces) would make every challenge distinct evidence; they identify nothing. */
    private static final java.util.regex.Pattern VOLATILE_PARAMS =
            java.util.regex.Pattern.compile("(?i),?\\s*\\b(nonce|cnonce|opaque)\\s*=\\s*(\"[^\"]{0,512}\"|[^,\\s]{0,512})");

    private static void add(Set<Evidence> out, String source, String value) {
        String v = value.strip();
        if (source.endsWith("www-authenticate")) {
            v = VOLATILE_PARAMS.matcher(v).replaceAll("").replaceFirst("^(\\S+)\\s*,\\s*", "$1 ").strip();
        }
        if (v.length() > MAX_VALUE) {
            v = v.substring(0, MAX_VALUE);
        }
        if (!v.isEmpty()) {
            out.add(new Evidence(source, v));
        }
    }
}
