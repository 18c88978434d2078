package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A LIVE555 RTSP server as white-label cameras embed it (samples rtsp/reolink_live555_*, rtsp/sdp_only_live555_*):
 * streams {@code /stream1} and {@code /stream2}, {@code 404 Stream Not Found} elsewhere, realm
 * {@code LIVE555 Streaming Media} when authentication is on.
 */
final class Live555Rtsp extends RtspDevice {

    static final String REALM = "LIVE555 Streaming Media";
    private static final Pattern STREAM = Pattern.compile("^/stream[12]/?$");

    Live555Rtsp(SimDevice device) {
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
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Date", date())
                .header("Public", "OPTIONS, DESCRIBE, SETUP, TEARDOWN, PLAY, PAUSE, GET_PARAMETER, SET_PARAMETER")
                .noBody();
    }

    @Override
    Response unauthorized(String cseq) {
        return Response.builder("RTSP/1.0 401 Unauthorized").header("CSeq", cseq).header("Date", date())
                .header("WWW-Authenticate", "Digest realm=\"" + REALM + "\", nonce=\"" + Nonces.hex(32) + "\"")
                .noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        String stream = request.path().replace("/", "");
        String sdp = device.templates().render("live555/stream.sdp", Map.of("host", device.host(), "stream", stream,
                "sessionId", Long.toString(device.now().toEpochMilli() * 1000 + ThreadLocalRandom.current().nextInt(1000))));
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Date", date())
                .header("Content-Base", "rtsp://" + authority(request) + "/" + stream + "/")
                .header("Content-Type", "application/sdp").contentLength().body(sdp);
    }

    @Override
    Response notFound(String cseq) {
        return Response.builder("RTSP/1.0 404 Stream Not Found").header("CSeq", cseq).header("Date", date()).noBody();
    }

    @Override
    Response setup(String cseq, Request request, String session) {
        String transport = transport(request, "6970-6971").replace("RTP/AVP/UDP", "RTP/AVP")
                .replace(";unicast;", ";unicast;destination=" + device.host() + ";source=" + device.host() + ";");
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Date", date())
                .header("Transport", transport).header("Session", session + ";timeout=65").noBody();
    }

    @Override
    Response play(String cseq, Request request, String session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Date", date())
                .header("Range", "npt=0.000-").header("Session", session)
                .header("RTP-Info", "url=" + baseUrl(request) + "/track1;seq=" + random.nextInt(65536)
                        + ";rtptime=" + Integer.toUnsignedString(random.nextInt()))
                .noBody();
    }

    @Override
    Response plain(String cseq, String statusLine, Optional<String> session) {
        Response.Builder builder = Response.builder(statusLine).header("CSeq", cseq).header("Date", date());
        session.ifPresent(id -> builder.header("Session", id));
        return builder.noBody();
    }

    @Override
    String sessionIdFormat() {
        return Nonces.hex(8).toUpperCase(Locale.ROOT);
    }

    private String date() {
        return WireDates.rtspMonthFirst(device.now());
    }
}
