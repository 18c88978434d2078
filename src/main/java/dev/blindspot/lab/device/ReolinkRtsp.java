package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reolink's LIVE555 (v2013.04.08) RTSP server, samples rtsp/reolink_live555_*: OPTIONS open, DESCRIBE behind
 * Digest realm {@code LIVE555 Streaming Media}, no Server header, streams {@code /h264Preview_0N_main|sub} (and the
 * {@code /Preview_0N_main|sub} names newer firmware reports in GetRtspUrl), one per channel (16 on the NVR).
 */
final class ReolinkRtsp extends RtspDevice {

    private static final Pattern STREAM = Pattern.compile("^/(?:h264)?Preview_(\\d{2})_(?:main|sub)/?$");
    private static final int NVR_CHANNELS = 16;

    ReolinkRtsp(SimDevice device) {
        super(device);
    }

    @Override
    String realm() {
        return Live555Rtsp.REALM;
    }

    @Override
    boolean isStream(Request request) {
        Matcher m = STREAM.matcher(request.path());
        if (!m.matches()) {
            return false;
        }
        int channel = Integer.parseInt(m.group(1));
        int channels = device.spec().kind() == DeviceKind.REOLINK_NVR ? NVR_CHANNELS : 1;
        return channel >= 1 && channel <= channels;
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
                .header("WWW-Authenticate", "Digest realm=\"" + Live555Rtsp.REALM + "\", nonce=\"" + Nonces.hex(32)
                        + "\"")
                .noBody();
    }

    @Override
    Response describe(String cseq, Request request) {
        String stream = request.path().replace("/", "");
        String sdp = device.templates().render("reolink/stream.sdp", Map.of("host", device.host(), "stream", stream,
                "sessionId", Long.toString(device.now().toEpochMilli() * 1000
                        + ThreadLocalRandom.current().nextInt(1000))));
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
                .header("RTP-Info", "url=" + baseUrl(request) + "/trackID=1;seq=" + random.nextInt(65536)
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
