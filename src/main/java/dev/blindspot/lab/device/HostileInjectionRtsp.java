package dev.blindspot.lab.device;

import dev.blindspot.lab.HostileStrings;
import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The injection device's RTSP server: a real H.264 stream on {@code /stream1} and {@code /live} (open unless the spec
 * asks for Digest; it plays, see {@code RtspMedia}), with {@link HostileStrings#RTSP_SERVER} as Server header on every answer and
 * {@link HostileStrings#SDP_SESSION} as SDP session name. Other paths: 404.
 */
final class HostileInjectionRtsp extends RtspDevice {

    private static final Pattern STREAM = Pattern.compile("^/(stream1|live)/?$");

    HostileInjectionRtsp(SimDevice device) {
        super(device);
    }

    @Override
    String realm() {
        return HostileStrings.REALM;
    }

    @Override
    boolean isStream(Request request) {
        return STREAM.matcher(request.path()).matches();
    }

    @Override
    Response options(String cseq) {
        return base("RTSP/1.0 200 OK", cseq).header("Public", "OPTIONS, DESCRIBE, SETUP, TEARDOWN, PLAY, PAUSE, "
                + "GET_PARAMETER").noBody();
    }

    @Override
    Response unauthorized(String cseq) {
        return base("RTSP/1.0 401 Unauthorized", cseq)
                .header("WWW-Authenticate", HostileInjectionWeb.challenge(HttpAuth.DIGEST)).noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        String sdp = device.templates().render("hostile/injection.sdp", Map.of("host", device.host(),
                "sessionId", Long.toString(device.now().toEpochMilli()), "session", HostileStrings.SDP_SESSION));
        return base("RTSP/1.0 200 OK", cseq).header("Content-Base", request.target() + "/")
                .header("Content-Type", "application/sdp").contentLength().body(sdp);
    }

    @Override
    Response notFound(String cseq) {
        return base("RTSP/1.0 404 Not Found", cseq).noBody();
    }

    @Override
    Response setup(String cseq, Request request, String session) {
        return base("RTSP/1.0 200 OK", cseq).header("Transport", transport(request, "6970-6971"))
                .header("Session", session).noBody();
    }

    @Override
    Response play(String cseq, Request request, String session) {
        return base("RTSP/1.0 200 OK", cseq).header("Session", session).header("Range", "npt=0.000-").noBody();
    }

    @Override
    Response plain(String cseq, String statusLine, Optional<String> session) {
        Response.Builder builder = base(statusLine, cseq);
        session.ifPresent(id -> builder.header("Session", id));
        return builder.noBody();
    }

    private static Response.Builder base(String statusLine, String cseq) {
        return Response.builder(statusLine).header("CSeq", cseq).header("Server", HostileStrings.RTSP_SERVER);
    }
}
