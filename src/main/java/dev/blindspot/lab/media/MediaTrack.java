package dev.blindspot.lab.media;

import java.util.Locale;
import java.util.Optional;

/**
 * One media section of an SDP as the lab streams it.
 *
 * @param media       {@code video}, {@code audio}, {@code application} ...
 * @param payloadType the first payload type of the {@code m=} line
 * @param encoding    upper-case encoding name from {@code a=rtpmap} or the static payload table ({@code H264},
 *                    {@code PCMA}, {@code PCMU}, {@code JPEG}); empty when unknown
 * @param clockRate   RTP clock rate in Hz
 * @param control     the {@code a=control} value (relative like {@code trackID=1} or an absolute URL)
 */
public record MediaTrack(String media, int payloadType, String encoding, int clockRate, String control) {

    /** What the lab can send on this track. */
    public enum Kind { H264, JPEG, PCMA, PCMU, NONE }

    public Kind kind() {
        return switch (encoding.toUpperCase(Locale.ROOT)) {
            case "H264" -> Kind.H264;
            case "JPEG" -> Kind.JPEG;
            case "PCMA" -> Kind.PCMA;
            case "PCMU" -> Kind.PCMU;
            default -> Kind.NONE;
        };
    }

    /** True when {@code url} (a SETUP target or an RTP-Info url) names this track. */
    public boolean isNamedBy(String url) {
        if (control.isEmpty() || control.equals("*")) {
            return false;
        }
        if (control.contains("://")) {
            return stripSlash(pathAndQuery(url)).equals(stripSlash(pathAndQuery(control)));
        }
        return url.equals(control) || url.endsWith("/" + control);
    }

    static Optional<String> staticEncoding(int payloadType) {
        return switch (payloadType) {
            case 0 -> Optional.of("PCMU");
            case 8 -> Optional.of("PCMA");
            case 26 -> Optional.of("JPEG");
            default -> Optional.empty();
        };
    }

    private static String pathAndQuery(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int slash = url.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : url.substring(slash);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
