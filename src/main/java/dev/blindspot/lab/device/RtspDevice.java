package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.RtspAuth;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import dev.blindspot.lab.server.RtspHandler;
import dev.blindspot.lab.server.RtspSession;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every simulated RTSP server does the same way: CSeq handling, the credential check (when the spec asks
 * for one) and method dispatch. Subclasses supply the vendor's bytes: headers, challenge, routes and SDP.
 */
abstract class RtspDevice implements RtspHandler {

    private static final Pattern CLIENT_PORT = Pattern.compile("client_port=(\\d+)-(\\d+)");
    private static final Pattern INTERLEAVED = Pattern.compile("interleaved=(\\d+)-(\\d+)");

    protected final SimDevice device;

    RtspDevice(SimDevice device) {
        this.device = device;
    }

    @Override
    public final Response handle(Request request, RtspSession session) {
        if (request.version().startsWith("HTTP/")) {
            Optional<Response> http = httpRequest(request);
            if (http.isPresent()) {
                return http.get();
            }
        }
        Optional<String> cseq = request.header("CSeq").map(this::echoCSeq);
        if (cseq.isEmpty() || !acceptsVersion(request.version())) {
            return Response.builder("RTSP/1.0 400 Bad Request").header("Connection", "close").noBody();
        }
        String method = request.method();
        boolean needsAuth = device.spec().rtspAuth() == RtspAuth.DIGEST && !anonymousViewing()
                && (!method.equals("OPTIONS") || optionsNeedsAuth());
        if (needsAuth) {
            AuthOutcome outcome = Logins.check(device, request, session.client(), Logins.Channel.RTSP,
                    acceptedSchemes(), realm());
            if (!outcome.accepted()) {
                return unauthorized(cseq.get());
            }
        }
        return switch (method) {
            case "OPTIONS" -> options(cseq.get());
            case "DESCRIBE" -> isStream(request) ? describe(cseq.get(), request) : notFound(cseq.get());
            case "SETUP" -> setup(cseq.get(), request, session.sessionId().orElseGet(() -> newSession(session)));
            case "PLAY" -> play(cseq.get(), request, session.sessionId().orElseGet(() -> newSession(session)));
            case "TEARDOWN", "PAUSE", "GET_PARAMETER", "SET_PARAMETER" ->
                    plain(cseq.get(), "RTSP/1.0 200 OK", session.sessionId());
            default -> plain(cseq.get(), "RTSP/1.0 405 Method Not Allowed", Optional.empty());
        };
    }

    /**
     * The answer to an HTTP request on the RTSP port (RTSP-over-HTTP tunnelling servers answer in HTTP); empty
     * means it is treated like any other request.
     */
    Optional<Response> httpRequest(Request request) {
        return Optional.empty();
    }

    /** Protocol versions on the request line the firmware answers; others get 400. */
    boolean acceptsVersion(String version) {
        return version.equals("RTSP/1.0");
    }

    /** The CSeq value as the firmware writes it back (verbatim unless a vendor parses it). */
    String echoCSeq(String received) {
        return received;
    }

    /** The Digest realm (and Basic realm, if offered). */
    abstract String realm();

    /** True when even OPTIONS requires credentials (Dahua). */
    boolean optionsNeedsAuth() {
        return false;
    }

    /**
     * True when the vendor's anonymous-viewer setting, on in the spec, also opens the RTSP stream (Dahua "Anonymous
     * Login"); false by default (Hikvision's "Anonymous Visit" is web live view only, RTSP has its own setting).
     */
    boolean anonymousViewing() {
        return false;
    }

    Set<HttpAuth> acceptedSchemes() {
        return Set.of(HttpAuth.DIGEST);
    }

    abstract boolean isStream(Request request);

    abstract Response options(String cseq);

    abstract Response unauthorized(String cseq);

    abstract Response describe(String cseq, Request request);

    abstract Response notFound(String cseq);

    abstract Response setup(String cseq, Request request, String session);

    abstract Response play(String cseq, Request request, String session);

    abstract Response plain(String cseq, String statusLine, Optional<String> session);

    /** A new session id in the vendor's format. */
    String sessionIdFormat() {
        return Nonces.digits(10);
    }

    /** The reply Transport for the client's requested one: TCP interleaved is echoed, UDP gets server ports. */
    static String transport(Request request, String serverPorts) {
        String requested = request.header("Transport").orElse("RTP/AVP;unicast;client_port=5000-5001");
        Matcher interleaved = INTERLEAVED.matcher(requested);
        if (requested.contains("RTP/AVP/TCP") || interleaved.find()) {
            interleaved.reset();
            String channels = interleaved.find() ? interleaved.group(1) + "-" + interleaved.group(2) : "0-1";
            return "RTP/AVP/TCP;unicast;interleaved=" + channels;
        }
        Matcher ports = CLIENT_PORT.matcher(requested);
        String client = ports.find() ? ports.group(1) + "-" + ports.group(2) : "5000-5001";
        return "RTP/AVP/UDP;unicast;client_port=" + client + ";server_port=" + serverPorts;
    }

    /** The request URI without a trailing {@code /trackID=n} or {@code /stream=n} control suffix. */
    static String baseUrl(Request request) {
        return request.target().replaceAll("/(trackID=\\d+|track\\d+|stream=\\d+)$", "");
    }

    /** {@code host[:port]} as the client addressed us (falls back to the device address). */
    String authority(Request request) {
        String target = request.target();
        int start = target.indexOf("://");
        if (start < 0) {
            return device.host();
        }
        int end = target.indexOf('/', start + 3);
        return end < 0 ? target.substring(start + 3) : target.substring(start + 3, end);
    }

    private String newSession(RtspSession session) {
        String id = sessionIdFormat();
        session.sessionId(id);
        return id;
    }
}
