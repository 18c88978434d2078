package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Hikvision RTSP (samples rtsp/hikvision_*): no Server header, the firmware's two-space {@code Date:}, a Digest and
 * a Basic challenge in realm {@code IP Camera(XXXXX)}, streams on {@code /Streaming/Channels/<n>}.
 */
final class HikvisionRtsp extends RtspDevice {

    private static final Pattern STREAM = Pattern.compile(
            "^/(ISAPI/)?Streaming/Channels/\\d{1,4}/?$|^/h264/ch\\d{1,2}/(main|sub)/av_stream/?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ANY_VERSION = Pattern.compile("[A-Z]{2,8}/\\d\\.\\d");
    /** Session ids are padded to 15 characters after "Session:" (sample hikvision_setup_200.txt). */
    private static final String SESSION_PAD = "      ";

    private final String realm;

    HikvisionRtsp(SimDevice device) {
        super(device);
        this.realm = HikvisionIds.of(device.spec(), device.ids()).rtspRealm();
    }

    @Override
    String realm() {
        return realm;
    }

    /**
     * The firmware answers whatever protocol the request line names and echoes the CSeq verbatim: nmap's
     * "Hikvision 7513 POE IP camera rtspd" fingerprint is its 200 to a SIP/2.0 OPTIONS with "CSeq: 42 OPTIONS".
     */
    @Override
    boolean acceptsVersion(String version) {
        return ANY_VERSION.matcher(version).matches();
    }

    @Override
    Set<HttpAuth> acceptedSchemes() {
        return Set.of(HttpAuth.DIGEST, HttpAuth.BASIC);
    }

    @Override
    boolean isStream(Request request) {
        return STREAM.matcher(request.path()).matches();
    }

    @Override
    Response options(String cseq) {
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq)
                .header("Public", "OPTIONS, DESCRIBE, PLAY, PAUSE, SETUP, TEARDOWN, SET_PARAMETER, GET_PARAMETER")
                .header("Date", date()).noBody();
    }

    @Override
    Response unauthorized(String cseq) {
        return Response.builder("RTSP/1.0 401 Unauthorized").header("CSeq", cseq)
                .header("WWW-Authenticate", "Digest realm=\"" + realm + "\", nonce=\"" + Nonces.hex(32)
                        + "\", stale=\"FALSE\"")
                .header("WWW-Authenticate", "Basic realm=\"" + realm + "\"")
                .header("Date", date()).noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Content-Type", "application/sdp")
                .contentLength().body(device.templates().text("hikvision/stream.sdp"));
    }

    @Override
    Response notFound(String cseq) {
        return plain(cseq, "RTSP/1.0 404 Not Found", Optional.empty());
    }

    @Override
    Response setup(String cseq, Request request, String session) {
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq)
                .header("Session", SESSION_PAD + session + ";timeout=60")
                .header("Transport", transport(request, "8218-8219") + ";ssrc=" + Nonces.hex(8) + ";mode=\"play\"")
                .header("Date", date()).noBody();
    }

    @Override
    Response play(String cseq, Request request, String session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Session", SESSION_PAD + session)
                .header("RTP-Info", "url=trackID=1;seq=" + random.nextInt(65536) + ",url=trackID=2;seq="
                        + random.nextInt(65536))
                .header("Date", date()).noBody();
    }

    @Override
    Response plain(String cseq, String statusLine, Optional<String> session) {
        Response.Builder builder = Response.builder(statusLine).header("CSeq", cseq);
        session.ifPresent(id -> builder.header("Session", SESSION_PAD + id));
        return builder.header("Date", date()).noBody();
    }

    /** The firmware writes two spaces after "Date:". */
    private String date() {
        return " " + WireDates.rtspMonthFirst(device.now());
    }
}
