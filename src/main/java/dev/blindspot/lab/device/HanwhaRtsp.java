package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Hanwha/Samsung iPolis RTSP, sample rtsp/hanwha_ipolis_describe_401_digest.txt: every answer carries Date and
 * Expires (HTTP date format) and {@code Cache-Control: must-revalidate}; DESCRIBE needs Digest realm {@code iPOLiS}
 * with a 32-digit upper-case hex nonce; streams are {@code /profile<N>/media.smp}.
 */
final class HanwhaRtsp extends RtspDevice {

    static final String REALM = "iPOLiS";
    private static final Pattern STREAM = Pattern.compile("^/profile([1-9]|10)/media\\.smp/?$");

    HanwhaRtsp(SimDevice device) {
        super(device);
    }

    @Override
    String realm() {
        return REALM;
    }

    @Override
    boolean isStream(Request request) {
        return STREAM.matcher(request.path()).matches();
    }

    @Override
    Response options(String cseq) {
        return head("RTSP/1.0 200 OK", cseq)
                .header("Public", "OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER, SET_PARAMETER")
                .noBody();
    }

    @Override
    Response unauthorized(String cseq) {
        return head("RTSP/1.0 401 Unauthorized", cseq).header("WWW-Authenticate", "Digest realm=\"" + REALM
                + "\", nonce=\"" + Nonces.hex(32).toUpperCase(Locale.ROOT) + "\"").noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        String sdp = device.templates().render("hanwha/stream.sdp", Map.of("host", device.host(),
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
        return head("RTSP/1.0 200 OK", cseq).header("Transport", transport(request, "50000-50001"))
                .header("Session", session + ";timeout=60").noBody();
    }

    @Override
    Response play(String cseq, Request request, String session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return head("RTSP/1.0 200 OK", cseq).header("Session", session).header("Range", "npt=0.000-")
                .header("RTP-Info", "url=" + baseUrl(request) + "/trackID=v;seq=" + random.nextInt(65536)
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
        String now = WireDates.http(device.now());
        return Response.builder(statusLine).header("CSeq", cseq).header("Date", now).header("Expires", now)
                .header("Cache-Control", "must-revalidate");
    }
}
