package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the lab answers to requests that are not what a camera client sends (the probes of nmap and other scanners):
 * a SIP/2.0 OPTIONS, an HTTP GET on the RTSP port, a TLS hello on the web port. Byte layouts as nmap's fingerprints
 * of the real products have them (see lab/SOURCES.md, "nmap"); {@link NmapAgreementTest} runs nmap itself.
 */
class ForeignProbeAnswersTest {

    private static final String SIP_OPTIONS = "OPTIONS sip:nm SIP/2.0\r\nVia: SIP/2.0/TCP nm;branch=foo\r\n"
            + "From: <sip:nm@nm>;tag=root\r\nTo: <sip:nm2@nm2>\r\nCall-ID: 50000\r\nCSeq: 42 OPTIONS\r\n"
            + "Max-Forwards: 70\r\nContent-Length: 0\r\nContact: <sip:nm@nm>\r\nAccept: application/sdp\r\n\r\n";

    private static RunningLab lab;
    private static LabDevice hikvision;
    private static LabDevice axis;
    private static LabDevice dahua;

    @BeforeAll
    static void start() {
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA),
                DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA), DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA)),
                TestLabs.options().withFirstAddress("127.35.5.1"));
        hikvision = lab.devices().get(0);
        axis = lab.devices().get(1);
        dahua = lab.devices().get(2);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void hikvisionAnswersSipOptionsWithItsRtspOptionsEchoingTheCSeq() throws Exception {
        Wire.Reply reply = Wire.exchange(hikvision.address(), rtsp(hikvision), SIP_OPTIONS);
        assertThat(reply.rawHead()).matches("RTSP/1\\.0 200 OK\r\nCSeq: 42 OPTIONS\r\nPublic: OPTIONS, DESCRIBE, PLAY, "
                + "PAUSE, SETUP, TEARDOWN, SET_PARAMETER, GET_PARAMETER\r\nDate:  .*\r\n\r\n");
    }

    @Test
    void dahuaChallengesSipOptionsWritingBackTheCSeqNumber() throws Exception {
        Wire.Reply reply = Wire.exchange(dahua.address(), rtsp(dahua), SIP_OPTIONS);
        assertThat(reply.rawHead()).matches("RTSP/1\\.0 401 Unauthorized\r\nCSeq: 42\r\nWWW-Authenticate: Digest "
                + "realm=\"Login to [0-9A-Z]{15}\", nonce=\"[0-9a-f]{32}\"\r\n\r\n");
    }

    @Test
    void axisRtspAnswersHttpLikeGstreamersTunnelCode() throws Exception {
        String raw = rawExchange(axis, rtsp(axis), "GET / HTTP/1.0\r\n\r\n");
        assertThat(raw).matches("HTTP/1\\.0 503 Service Unavailable\r\nServer: GStreamer RTSP Server\r\n"
                + "Connection: close\r\nCache-Control: no-store\r\nPragma: no-cache\r\nDate: .* GMT\r\n\r\n");
    }

    @Test
    void dahuaRootPageHasCapitalHeaderNamesAndAByteOrderMark() throws Exception {
        String raw = rawExchange(dahua, http(dahua), "GET / HTTP/1.0\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 200 OK\r\nCONNECTION: close\r\nCONTENT-LENGTH: ");
        assertThat(raw).containsPattern("\r\nCONTENT-TYPE: text/html\r\n\r\n\u00ef\u00bb\u00bf<!DOCTYPE html PUBLIC "
                + "\"-//W3C//DTD XHTML 1\\.0 Strict//EN\" \"http://www\\.w3\\.org/TR/xhtml1/DTD/xhtml1-strict\\.dtd\">"
                + "\r\n<html>\r\n<head>\r\n<title>WEB SERVICE</title>");
        int length = Integer.parseInt(raw.replaceAll("(?s).*CONTENT-LENGTH: (\\d+).*", "$1"));
        assertThat(raw.substring(raw.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1)).hasSize(length);
    }

    @Test
    void hikvisionAnswersATlsHelloOnPort80InItsOwnLayoutAndCloses() throws Exception {
        String raw = rawExchange(hikvision, http(hikvision), "\u0016\u0003\u0000\u0000S\u0001\u0000\u0000O\u0003\u0000?G\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400 Bad Request\r\nDate: ")
                .contains("\r\nServer: Webs\r\n", "\r\nConnection: close\r\n", "Access Error: 400 -- Bad Request");
    }

    /** Everything the server sends until it closes (ISO-8859-1). */
    private static String rawExchange(LabDevice device, int port, String request) throws Exception {
        try (Socket socket = new Socket(device.address(), port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
