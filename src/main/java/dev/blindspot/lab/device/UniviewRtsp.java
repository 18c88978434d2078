package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Uniview RTSP (modelled, see lab/SOURCES.md): {@code Server: UNIVIEW RTSP} on every answer, OPTIONS open,
 * DESCRIBE behind Digest in the device realm, streams {@code /media/video1..3} (main, sub, third stream).
 */
final class UniviewRtsp extends RtspDevice {

    static final String SERVER = "UNIVIEW RTSP";
    private static final Pattern STREAM = Pattern.compile("^/media/video[123]/?$");

    UniviewRtsp(SimDevice device) {
        super(device);
    }

    @Override
    String realm() {
        return UniviewWeb.REALM;
    }

    @Override
    boolean isStream(Request request) {
        return STREAM.matcher(request.path()).matches();
    }

    @Override
    Response options(String cseq) {
        return head("RTSP/1.0 200 OK", cseq)
                .header("Public", "OPTIONS, DESCRIBE, SETUP, TEARDOWN, PLAY, PAUSE, GET_PARAMETER, SET_PARAMETER")
                .noBody();
    }

    @Override
    Response unauthorized(String cseq) {
        return head("RTSP/1.0 401 Unauthorized", cseq).header("WWW-Authenticate", "Digest realm=\""
                + UniviewWeb.REALM + "\", nonce=\"" + Nonces.hex(32) + "\"").noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        String sdp = device.templates().render("uniview/stream.sdp", Map.of("host", device.host(),
                "sessionId", Long.toString(device.now().getEpochSecond())));
        return head("RTSP/1.0 200 OK", cseq).header("Content-Base", baseUrl(request) + "/")
                .header("Content-Type", "application/sdp").contentLength().body(sdp);
    }

    @Override
    Response notFound(String cseq) {
        return head("RTSP/1.0 404 Not Found", cseq).noBody();
    }

    @Override
    Response setup(String cseq, Request request, String session) {
        return head("RTSP/1.0 200 OK", cseq).header("Transport", transport(request, "60000-60001"))
                .header("Session", session + ";timeout=60").noBody();
    }

    @Override
    Response play(String cseq, Request request, String session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return head("RTSP/1.0 200 OK", cseq).header("Session", session).header("Range", "npt=0.000-")
                .header("RTP-Info", "url=" + baseUrl(request) + "/trackID=1;seq=" + random.nextInt(65536)
                        + ";rtptime=" + Integer.toUnsignedString(random.nextInt()))
                .noBody();
    }

    @Override
    Response plain(String cseq, String statusLine, Optional<String> session) {
        Response.Builder builder = head(statusLine, cseq);
        session.ifPresent(id -> builder.header("Session", id));
        return builder.noBody();
    }

    private Response.Builder head(String statusLine, String cseq) {
        return Response.builder(statusLine).header("CSeq", cseq).header("Server", SERVER)
                .header("Date", WireDates.http(device.now()));
    }
}
