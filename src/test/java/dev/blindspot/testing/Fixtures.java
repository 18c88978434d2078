package dev.blindspot.testing;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.inventory.RtspReply;
import dev.blindspot.scan.ProbeOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built observations for check tests (checks are pure, so no network is needed). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Headers headers(String... nameValue) {
        List<Header> out = new ArrayList<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            out.add(new Header(nameValue[i], nameValue[i + 1]));
        }
        return Headers.of(out);
    }

    public static HttpObservation http(String address, int port, int status, String... headers) {
        HttpReply reply = new HttpReply(status, "", headers(headers), "", Optional.empty(), Optional.empty(), Optional.empty());
        return new HttpObservation(address, port, false, "GET", "/", ProbeOutcome.answered(reply));
    }

    public static RtspObservation rtsp(String address, int port, String method, String path, int status, String body, String... headers) {
        return new RtspObservation(address, port, method, path, ProbeOutcome.answered(new RtspReply(status, "", headers(headers), body)));
    }

    public static RtspObservation rtspTimeout(String address, int port, String method, String path) {
        return new RtspObservation(address, port, method, path, new ProbeOutcome.TimedOut<>(Duration.ofSeconds(3)));
    }

    public static OnvifObservation onvif(String address, int port, String operation, int status, Optional<String> fault, Map<String, String> fields) {
        return new OnvifObservation(address, port, "/onvif/device_service", operation,
                ProbeOutcome.answered(new OnvifReply(status, fault, fields)));
    }

    public static final String SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=Media Presentation\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n";
}
