package dev.blindspot.protocol.http;

import dev.blindspot.inventory.FaviconObservation;
import dev.blindspot.scan.ProbeOutcome;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fetches {@code /favicon.ico} once (body capped at {@link #MAX_BYTES}) and records the lowercase hex MD5 of the body
 * a 200 answer carried, as a {@link FaviconObservation}: firmwares ship a
 * default icon, so its digest names the maker (rapid7/recog's favicons.xml lists such digests). Any other status, an
 * empty or truncated body yields no digest (a truncated body's digest would match nothing).
 */
public final class FaviconProbe {

    /** Body bytes read at most; longer icons are not digested. */
    public static final int MAX_BYTES = 64 * 1024;
    public static final String PATH = "/favicon.ico";

    private final BoundedHttpClient client;

    /** @param client a client whose body limit is at least {@link #MAX_BYTES} (the smaller one decides) */
    public FaviconProbe(BoundedHttpClient client) {
        this.client = client;
    }

    public FaviconObservation probe(String address, int port, boolean tls) {
        ProbeOutcome<RawHttpResponse> raw = client.exchangeRaw(HttpRequestSpec.get(address, port, tls, PATH));
        ProbeOutcome<String> digest = switch (raw) {
            case ProbeOutcome.Answered<RawHttpResponse> a -> a.value().reply().status() == 200
                    && a.value().body().length > 0 && a.value().body().length <= MAX_BYTES && !a.value().truncated()
                    ? new ProbeOutcome.Answered<>(md5Hex(a.value().body()))
                    : new ProbeOutcome.ProtocolError<>("no favicon (status " + a.value().reply().status() + ")");
            case ProbeOutcome.Refused<RawHttpResponse> r -> new ProbeOutcome.Refused<>(r.detail());
            case ProbeOutcome.TimedOut<RawHttpResponse> t -> new ProbeOutcome.TimedOut<>(t.after());
            case ProbeOutcome.ProtocolError<RawHttpResponse> e -> new ProbeOutcome.ProtocolError<>(e.detail());
        };
        return new FaviconObservation(address, port, tls, digest);
    }

    /** Lowercase hex MD5 of {@code bytes}. */
    public static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
