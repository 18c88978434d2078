package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Axis RTSP, a GStreamer RTSP server (samples axis/rtsp_*): {@code Server: GStreamer RTSP server}, RFC 1123 dates,
 * OPTIONS open, everything else behind Digest in realm {@code AXIS_<serial>}, stream {@code /axis-media/media.amp}.
 */
final class AxisRtsp extends RtspDevice {

    static final String SERVER = "GStreamer RTSP server";
    private static final Pattern STREAM = Pattern.compile("^/(axis-media|onvif-media)/media\\.amp/?$");
    private static final String SESSION_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private final AxisIds ids;

    AxisRtsp(SimDevice device) {
        super(device);
        this.ids = AxisIds.of(device.ids());
    }

    @Override
    String realm() {
        return ids.realm();
    }

    /**
     * GStreamer's RTSP connection answers HTTP itself (tunnelling): a GET or POST without a tunnel session gets
     * {@code 503} from {@code gen_tunnel_reply} in gst-plugins-base gstrtspconnection.c, the bytes nmap's
     * "GStreamer rtspd" fingerprint has. Tunnelling itself is not simulated.
     */
    @Override
    Optional<Response> httpRequest(Request request) {
        return Optional.of(Response.builder(request.version() + " 503 Service Unavailable")
                .header("Server", "GStreamer RTSP Server").header("Connection", "close")
                .header("Cache-Control", "no-store").header("Pragma", "no-cache").header("Date", date()).noBody());
    }

    @Override
    boolean isStream(Request request) {
        return STREAM.matcher(request.path()).matches();
    }

    @Override
    Response options(String cseq) {
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq)
                .header("Public", "OPTIONS, DESCRIBE, ANNOUNCE, GET_PARAMETER, PAUSE, PLAY, RECORD, SETUP, "
                        + "SET_PARAMETER, TEARDOWN")
                .header("Server", SERVER).header("Date", date()).noBody();
    }

    @Override
    Response unauthorized(String cseq) {
        String nonce = Nonces.hex(8) + "Y" + Nonces.hex(38);
        return Response.builder("RTSP/1.0 401 Unauthorized").header("CSeq", cseq)
                .header("WWW-Authenticate", "Digest realm=\"" + ids.realm() + "\", nonce=\"" + nonce + "\", stale=FALSE")
                .header("Server", SERVER).header("Date", date()).noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        String host = authority(request);
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Content-Type", "application/sdp")
                .header("Content-Base", "rtsp://" + host + "/axis-media/media.amp/").header("Server", SERVER)
                .header("Date", date()).contentLength()
                .body(device.templates().render("axis/stream.sdp", Map.of("host", host)));
    }

    @Override
    Response notFound(String cseq) {
        return plain(cseq, "RTSP/1.0 404 Not Found", Optional.empty());
    }

    @Override
    Response setup(String cseq, Request request, String session) {
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq)
                .header("Transport", transport(request, "50000-50001").replace("RTP/AVP/UDP", "RTP/AVP")
                        + ";ssrc=" + Nonces.hex(8).toUpperCase(Locale.ROOT) + ";mode=\"PLAY\"")
                .header("Server", SERVER).header("Session", session + ";timeout=60").header("Date", date()).noBody();
    }

    @Override
    Response play(String cseq, Request request, String session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq)
                .header("RTP-Info", "url=rtsp://" + authority(request)
                        + "/axis-media/media.amp/stream=0?video=0&audio=0&event=on;seq=" + random.nextInt(65536)
                        + ";rtptime=" + Integer.toUnsignedString(random.nextInt()))
                .header("Range", "npt=now-").header("Server", SERVER).header("Session", session + ";timeout=60")
                .header("Date", date()).noBody();
    }

    @Override
    Response plain(String cseq, String statusLine, Optional<String> session) {
        Response.Builder builder = Response.builder(statusLine).header("CSeq", cseq).header("Server", SERVER);
        session.ifPresent(id -> builder.header("Session", id + ";timeout=60"));
        return builder.header("Date", date()).noBody();
    }

    @Override
    String sessionIdFormat() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            id.append(SESSION_CHARS.charAt(random.nextInt(SESSION_CHARS.length())));
        }
        return id.toString();
    }

    private String date() {
        return WireDates.http(device.now());
    }
}
