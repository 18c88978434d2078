package dev.blindspot.protocol.onvif;

import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.protocol.http.LoopbackServer;
import dev.blindspot.protocol.http.Samples;
import dev.blindspot.scan.ProbeOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** ONVIF device services on loopback replaying real samples (src/test/resources/onvif, see SOURCES.md). */
class OnvifProbeTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final OnvifProbe probe = new OnvifProbe(
            new BoundedHttpClient(scheduler, HttpLimits.defaults().withTotalDeadline(Duration.ofSeconds(3))));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** An HTTP response as a device sends it: CRLF head, Content-Length, then the body. */
    private static byte[] http(int status, String reason, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 " + status + " " + reason + "\r\nServer: gSOAP/2.8\r\n"
                + "Content-Type: application/soap+xml; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Answers by operation name found in the request body. */
    private static LoopbackServer device(byte[] dateAndTime, byte[] deviceInformation) throws Exception {
        return LoopbackServer.start((socket, request) -> {
            boolean time = request.bodyText().contains("GetSystemDateAndTime");
            socket.getOutputStream().write(time ? dateAndTime : deviceInformation);
        });
    }

    private static OnvifReply answered(OnvifObservation obs) {
        assertThat(obs.outcome()).isInstanceOf(ProbeOutcome.Answered.class);
        return obs.outcome().answer().orElseThrow();
    }

    @Test
    void openDeviceAnswersBothOperations() throws Exception {
        try (LoopbackServer server = device(
                http(200, "OK", Samples.bytes("onvif/agsh_mockup_GetSystemDateAndTime.xml")),
                http(200, "OK", Samples.bytes("onvif/agsh_mockup_GetDeviceInformation.xml")))) {
            List<OnvifObservation> obs = probe.probe("127.0.0.1", server.port(), false);

            // this server answers GetDeviceInformation to everything else: no media XAddr, no profile, no GetStreamUri
            assertThat(obs).extracting(OnvifObservation::operation).containsExactly("GetSystemDateAndTime",
                    "GetDeviceInformation", "GetCapabilities", "GetUsers", "GetProfiles");
            assertThat(obs).allSatisfy(o -> {
                assertThat(o.address()).isEqualTo("127.0.0.1");
                assertThat(o.port()).isEqualTo(server.port());
                assertThat(o.path()).isEqualTo("/onvif/device_service");
            });
            assertThat(answered(obs.get(0)).fields()).containsEntry("UTCDateTime.Year", "2014");
            OnvifReply info = answered(obs.get(1));
            assertThat(info.succeeded()).isTrue();
            assertThat(info.fields()).containsEntry("Manufacturer", "Mockup Manufacturer")
                    .containsEntry("Model", "Mockup Model").containsEntry("FirmwareVersion", "Mockup_15_14_13")
                    .containsEntry("SerialNumber", "00000000").containsEntry("HardwareId", "MOCKUP");

            List<LoopbackServer.RecordedRequest> requests = server.requests();
            assertThat(requests).hasSize(5);
            LoopbackServer.RecordedRequest second = requests.get(1);
            assertThat(second.requestLine()).isEqualTo("POST /onvif/device_service HTTP/1.1");
            assertThat(second.header("Content-Type")).isEqualTo(
                    "application/soap+xml; charset=utf-8; action=\"http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation\"");
            assertThat(second.bodyText()).contains("<GetDeviceInformation xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>")
                    .doesNotContain("Security").doesNotContain("Username");
        }
    }

    @Test
    void openDeviceIsAskedForUsersProfilesAndTheStreamUriOnItsMediaPath() throws Exception {
        byte[] caps = Samples.bytes("onvif/dahua_GetCapabilitiesResponse.xml");
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> {
            String body = request.bodyText();
            boolean media = request.requestLine().startsWith("POST /onvif/media_service ");
            byte[] reply;
            if (body.contains("<GetCapabilities")) {
                reply = http(200, "OK", caps);
            } else if (body.contains("<GetUsers")) {
                reply = http(200, "OK", Samples.bytes("onvif/agsh_mockup_device.GetUsers.xml"));
            } else if (media && body.contains("<GetProfiles")) {
                reply = http(200, "OK", Samples.bytes("onvif/agsh_mockup_GetProfiles.xml"));
            } else if (media && body.contains("<GetStreamUri") && body.contains("<ProfileToken>main</ProfileToken>")) {
                reply = http(200, "OK", Samples.bytes("onvif/dahua_GetStreamUriResponse.xml"));
            } else if (body.contains("GetSystemDateAndTime")) {
                reply = http(200, "OK", Samples.bytes("onvif/agsh_mockup_GetSystemDateAndTime.xml"));
            } else {
                reply = http(200, "OK", Samples.bytes("onvif/agsh_mockup_GetDeviceInformation.xml"));
            }
            socket.getOutputStream().write(reply);
        })) {
            List<OnvifObservation> obs = probe.probe("127.0.0.1", server.port(), false);
            assertThat(obs).extracting(o -> o.operation() + " " + o.path()).containsExactly(
                    "GetSystemDateAndTime /onvif/device_service", "GetDeviceInformation /onvif/device_service",
                    "GetCapabilities /onvif/device_service", "GetUsers /onvif/device_service",
                    "GetProfiles /onvif/media_service", "GetStreamUri /onvif/media_service");
            assertThat(answered(obs.get(3)).fields()).containsEntry("Users", "admin (Administrator), operator (Operator)")
                    .containsEntry("PasswordsReturned", "true");
            assertThat(answered(obs.get(5)).fields().get("Uri")).startsWith("rtsp://192.168.1.123:554/cam/realmonitor");
            // the XAddr names 192.168.1.123: only its path is used, on the scanned address
            assertThat(server.requests()).hasSize(6);
        }
    }

    @Test
    void mediaPathThatIsNotOnvifFallsBackToTheDeviceServiceOnce() throws Exception {
        byte[] caps = Samples.bytes("onvif/dahua_GetCapabilitiesResponse.xml");
        byte[] notFound = ("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n"
                + "Connection: close\r\n\r\nnot found").getBytes(StandardCharsets.US_ASCII);
        byte[] refused = http(400, "Bad Request", Samples.bytes("onvif/fault_NotAuthorized_attempts_left.xml"));
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> {
            String body = request.bodyText();
            boolean media = request.requestLine().startsWith("POST /onvif/media_service ");
            socket.getOutputStream().write(media ? notFound
                    : body.contains("<GetCapabilities") ? http(200, "OK", caps)
                    : body.contains("GetSystemDateAndTime") ? http(200, "OK", Samples.bytes("onvif/agsh_mockup_GetSystemDateAndTime.xml"))
                    : refused);
        })) {
            List<OnvifObservation> obs = probe.probe("127.0.0.1", server.port(), false);
            assertThat(obs).extracting(o -> o.operation() + " " + o.path()).containsExactly(
                    "GetSystemDateAndTime /onvif/device_service", "GetDeviceInformation /onvif/device_service",
                    "GetCapabilities /onvif/device_service", "GetUsers /onvif/device_service",
                    "GetProfiles /onvif/media_service", "GetProfiles /onvif/device_service");
            assertThat(answered(obs.getLast()).fault()).contains("ter:NotAuthorized");
            assertThat(obs.size()).isLessThanOrEqualTo(OnvifProbe.MAX_REQUESTS);
        }
    }

    @Test
    void typicalDeviceGivesTheTimeButFaultsNotAuthorizedForInformation() throws Exception {
        try (LoopbackServer server = device(
                http(200, "OK", Samples.bytes("onvif/agsh_mockup_GetSystemDateAndTime.xml")),
                http(400, "Bad Request", Samples.bytes("onvif/fault_NotAuthorized_attempts_left.xml")))) {
            List<OnvifObservation> obs = probe.probe("127.0.0.1", server.port(), false);
            assertThat(answered(obs.get(0)).succeeded()).isTrue();
            OnvifReply info = answered(obs.get(1));
            assertThat(info).isEqualTo(new OnvifReply(400, Optional.of("ter:NotAuthorized"), java.util.Map.of()));
        }
    }

    @Test
    void vivotekFaultsEvenTheTimeRequest() throws Exception {
        byte[] fault = http(400, "Bad Request", Samples.bytes("onvif/fault_NotAuthorized_vivotek.xml"));
        try (LoopbackServer server = device(fault, fault)) {
            assertThat(probe.probe("127.0.0.1", server.port(), false))
                    .allSatisfy(o -> assertThat(answered(o).fault()).contains("ter:NotAuthorized"));
        }
    }

    @Test
    void dahuaDigest401IsAnsweredWithoutFault() throws Exception {
        byte[] reply = Samples.bytes("onvif/http_401_dahua_onvif_device_service.http");
        try (LoopbackServer server = device(reply, reply)) {
            assertThat(probe.probe("127.0.0.1", server.port(), false)).allSatisfy(o ->
                    assertThat(answered(o)).isEqualTo(new OnvifReply(401, Optional.empty(), java.util.Map.of())));
        }
    }

    @Test
    void gsoap401WithTruncatedBodyIsAnsweredWithoutFault() throws Exception {
        byte[] reply = Samples.bytes("onvif/http_401_gsoap_IPC_CAM_headers_only.http");
        try (LoopbackServer server = device(reply, reply)) {
            List<OnvifObservation> obs = probe.probe("127.0.0.1", server.port(), false);
            assertThat(obs).hasSize(2).allSatisfy(o -> {
                OnvifReply r = answered(o);
                assertThat(r.httpStatus()).isEqualTo(401);
                assertThat(r.fault()).isEmpty();
                assertThat(r.succeeded()).isFalse();
            });
        }
    }

    @Test
    void webServerAnswering200HtmlIsNotOnvif() throws Exception {
        byte[] html = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 39\r\n\r\n"
                + "<html><title>Login</title><body></body>").getBytes(StandardCharsets.US_ASCII);
        try (LoopbackServer server = device(html, html)) {
            assertThat(probe.probe("127.0.0.1", server.port(), false))
                    .allSatisfy(o -> assertThat(o.outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class));
        }
    }

    @Test
    void closedPortIsRefusedForBothOperations() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        assertThat(probe.probe("127.0.0.1", port, false)).hasSize(2)
                .allSatisfy(o -> assertThat(o.outcome()).isInstanceOf(ProbeOutcome.Refused.class));
    }
}
