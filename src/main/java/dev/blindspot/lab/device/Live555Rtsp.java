package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LIVE555 RTSP server as cameras embed it: {@code 404 Stream Not Found} outside the device's streams, realm
 * {@code LIVE555 Streaming Media} when authentication is on, no Server header. The white-label camera
 * (samples rtsp/sdp_only_live555_*) serves {@code /stream1} and {@code /stream2}; Reolink's v2013.04.08 build
 * (samples rtsp/reolink_live555_*) serves {@code /h264Preview_0N_main|sub} (and the {@code /Preview_0N_main|sub}
 * names newer firmware reports in GetRtspUrl), one per channel (16 on the NVR).
 */
final class Live555Rtsp extends RtspDevice {

    static final String REALM = "LIVE555 Streaming Media";
    private static final Pattern WHITE_LABEL_STREAM = Pattern.compile("^/stream[12]/?$");
    private static final Pattern REOLINK_STREAM = Pattern.compile("^/(?:h264)?Preview_(\\d{2})_(?:main|sub)/?$");
    private static final int REOLINK_NVR_CHANNELS = 16;

    private final Predicate<String> streamPath;
    private final String sdpTemplate;
    private final String firstTrack;

    private Live555Rtsp(SimDevice device, Predicate<String> streamPath, String sdpTemplate, String firstTrack) {
        super(device);
        this.streamPath = streamPath;
        this.sdpTemplate = sdpTemplate;
        this.firstTrack = firstTrack;
    }

    /** The white-label camera's server: {@code /stream1}, {@code /stream2}. */
    static Live555Rtsp whiteLabel(SimDevice device) {
        return new Live555Rtsp(device, path -> WHITE_LABEL_STREAM.matcher(path).matches(), "live555/stream.sdp",
                "track1");
    }

    /** Reolink's server: one main and one sub stream per channel. */
    static Live555Rtsp reolink(SimDevice device) {
        int channels = device.spec().kind() == DeviceKind.REOLINK_NVR ? REOLINK_NVR_CHANNELS : 1;
        return new Live555Rtsp(device, path -> {
            Matcher m = REOLINK_STREAM.matcher(path);
            if (!m.matches()) {
                return false;
            }
            int channel = Integer.parseInt(m.group(1));
            return channel >= 1 && channel <= channels;
        }, "reolink/stream.sdp", "trackID=1");
    }

    @Override
    String realm() {
        return REALM;
    }

    @Override
    boolean isStream(Request request) {
        return streamPath.test(request.path());
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
        String sdp = device.templates().render(sdpTemplate, Map.of("host", device.host(), "stream", stream,
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
                .header("RTP-Info", "url=" + baseUrl(request) + "/" + firstTrack + ";seq=" + random.nextInt(65536)
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
