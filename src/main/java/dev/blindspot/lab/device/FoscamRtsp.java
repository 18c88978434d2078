package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HiIpcam VodServer of a Foscam FI8620, sample rtsp/foscam_hiipcam_describe_200_sdp.txt: {@code Server:
 * HiIpcam/V100R003 VodServer/1.0.0} first, {@code Cseq} (that spelling), {@code Content-length}, streams {@code /11}
 * (main) and {@code /12} (sub). The 401 layout and realm are modelled.
 */
final class FoscamRtsp extends RtspDevice {

    static final String SERVER = "HiIpcam/V100R003 VodServer/1.0.0";
    static final String REALM = "HiIpcam";
    private static final Pattern STREAM = Pattern.compile("^/(1[12])/?$");

    FoscamRtsp(SimDevice device) {
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
                .header("Public", "OPTIONS, DESCRIBE, SETUP, TEARDOWN, PLAY, PAUSE, GET_PARAMETER, SET_PARAMETER")
                .noBody();
    }

    @Override
    Response unauthorized(String cseq) {
        return head("RTSP/1.0 401 Unauthorized", cseq).header("WWW-Authenticate", "Digest realm=\"" + REALM
                + "\", nonce=\"" + Nonces.hex(32) + "\"").noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        Matcher m = STREAM.matcher(request.path());
        String stream = m.matches() ? m.group(1) : "11";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String sdp = device.templates().render("foscam/stream.sdp", Map.of("host", device.host(), "stream", stream,
                "sessionId", Integer.toUnsignedString(random.nextInt()),
                "version", Long.toString(device.now().toEpochMilli())));
        return Response.builder("RTSP/1.0 200 OK").header("Server", SERVER).header("Cseq", cseq)
                .header("Content-Type", "application/sdp").header("x-Accept-Retransmit", "our-retransmit")
                .header("x-Accept-Dynamic-Rate", "1").header("Cache-Control", "must-revalidate")
                .header("Content-length", String.valueOf(sdp.length()))
                .header("Content-Base", "rtsp://" + authority(request) + "/" + stream + "/").body(sdp);
    }

    @Override
    Response notFound(String cseq) {
        return head("RTSP/1.0 404 Not Found", cseq).noBody();
    }

    @Override
    Response setup(String cseq, Request request, String session) {
        return head("RTSP/1.0 200 OK", cseq).header("Session", session)
                .header("Transport", transport(request, "6600-6601")).noBody();
    }

    @Override
    Response play(String cseq, Request request, String session) {
        return head("RTSP/1.0 200 OK", cseq).header("Session", session).header("Range", "npt=now-")
                .header("RTP-Info", "url=" + baseUrl(request) + "/trackID=0;seq=0;rtptime=0").noBody();
    }

    @Override
    Response plain(String cseq, String statusLine, Optional<String> session) {
        Response.Builder builder = head(statusLine, cseq);
        session.ifPresent(id -> builder.header("Session", id));
        return builder.noBody();
    }

    private static Response.Builder head(String statusLine, String cseq) {
        return Response.builder(statusLine).header("Server", SERVER).header("Cseq", cseq);
    }
}
