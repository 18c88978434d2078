package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Dahua RTSP (samples rtsp/dahua_*): challenges even OPTIONS, realm {@code Login to <serial>}, no Date header,
 * {@code Server: Rtsp Server/3.0} only on OPTIONS, stream {@code /cam/realmonitor?channel=<n>&subtype=<m>}.
 */
final class DahuaRtsp extends RtspDevice {

    private final DahuaIds ids;

    DahuaRtsp(SimDevice device) {
        super(device);
        this.ids = DahuaIds.of(device.spec(), device.ids());
    }

    @Override
    String realm() {
        return ids.realm();
    }

    /**
     * Like Hikvision, answers a SIP/2.0 request line, but writes back the CSeq as the number it parsed: nmap's
     * fingerprint of this 401 (labelled "Lorex IP camera rtspd", a Dahua OEM) has "CSeq: 42" for "CSeq: 42 OPTIONS".
     */
    @Override
    boolean acceptsVersion(String version) {
        return HikvisionRtsp.ANY_VERSION.matcher(version).matches();
    }

    @Override
    String echoCSeq(String received) {
        int end = 0;
        while (end < received.length() && end < 9 && Character.isDigit(received.charAt(end))) {
            end++;
        }
        return end == 0 ? "0" : Integer.toString(Integer.parseInt(received.substring(0, end)));
    }

    /**
     * Current Dahua firmware's "Anonymous Login" (Setting > System > Account): "the user can view audio and video data
     * without authentication" (Dahua DH-SD2AX user's manual, Account); the lab's 2014 camera models the snapshot
     * CGI's authentication off instead, which leaves RTSP alone.
     */
    @Override
    boolean anonymousViewing() {
        return device.spec().features().anonymousViewer() && dev.blindspot.lab.Weakness.anonymousRtsp(device.spec().kind());
    }

    @Override
    boolean optionsNeedsAuth() {
        return true;
    }

    @Override
    boolean isStream(Request request) {
        String path = request.path();
        return (path.equals("/cam/realmonitor") || path.equals("/cam/realmonitor/"))
                && request.query().map(q -> q.matches("(.*&)?channel=\\d{1,3}(&.*)?")).orElse(false);
    }

    @Override
    Response options(String cseq) {
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Server", "Rtsp Server/3.0")
                .header("Public", "OPTIONS, DESCRIBE, ANNOUNCE, SETUP, PLAY, RECORD, PAUSE, TEARDOWN, SET_PARAMETER, "
                        + "GET_PARAMETER")
                .noBody();
    }

    @Override
    Response unauthorized(String cseq) {
        return Response.builder("RTSP/1.0 401 Unauthorized").header("CSeq", cseq)
                .header("WWW-Authenticate", "Digest realm=\"" + ids.realm() + "\", nonce=\"" + Nonces.hex(32) + "\"")
                .noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        String sdp = device.templates().render("dahua/stream.sdp", Map.of("sessionId", Nonces.digits(10)));
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("x-Accept-Dynamic-Rate", "1")
                .header("Content-Base", request.target() + "/").header("Cache-Control", "must-revalidate")
                .contentLength().header("Content-Type", "application/sdp").body(sdp);
    }

    @Override
    Response notFound(String cseq) {
        return plain(cseq, "RTSP/1.0 404 Not Found", Optional.empty());
    }

    @Override
    Response setup(String cseq, Request request, String session) {
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Session", session + ";timeout=60")
                .header("Transport", transport(request, "41490-41491") + ";ssrc=" + Nonces.hex(8).toUpperCase(Locale.ROOT))
                .header("x-Dynamic-Rate", "1").noBody();
    }

    @Override
    Response play(String cseq, Request request, String session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Session", session)
                .header("Range", "npt=0.000000-")
                .header("RTP-Info", "url=trackID=0;seq=" + random.nextInt(65536) + ";rtptime="
                        + Integer.toUnsignedString(random.nextInt()))
                .noBody();
    }

    @Override
    Response plain(String cseq, String statusLine, Optional<String> session) {
        Response.Builder builder = Response.builder(statusLine).header("CSeq", cseq);
        session.ifPresent(id -> builder.header("Session", id));
        return builder.noBody();
    }

    @Override
    String sessionIdFormat() {
        return Nonces.digits(12);
    }
}
