package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Each hostile kind on the wire: it misbehaves as documented and stays within its own bounds. */
class HostileDevicesTest {

    private static RunningLab lab;

    @BeforeAll
    static void start() {
        List<DeviceSpec> specs = new ArrayList<>(Fleets.hostile());
        specs.add(DeviceSpec.defaults(DeviceKind.HOSTILE_RTSP_GARBAGE));
        lab = Lab.start(specs, TestLabs.options().withFirstAddress("127.35.6.1").withReadDeadline(Duration.ofSeconds(3)));
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    private static LabDevice device(DeviceKind kind) {
        return lab.devices().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void slowlorisDripsAPrefixOfAnAnswerAtTenBytesASecond() throws Exception {
        LabDevice d = device(DeviceKind.HOSTILE_SLOWLORIS);
        try (Socket s = connect(d, http(d))) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            byte[] got = readFor(s, Duration.ofMillis(1500));
            assertThat(got.length).isBetween(5, 25);
            assertThat("HTTP/1.1 200 OK\r\nX-Drip: ....").startsWith(new String(got, StandardCharsets.ISO_8859_1)
                    .substring(0, Math.min(got.length, 26)));
        }
        try (Socket s = connect(d, d.port("ftp").orElseThrow())) {
            byte[] got = readFor(s, Duration.ofMillis(600));
            assertThat(new String(got, StandardCharsets.ISO_8859_1)).startsWith("220-").hasSizeLessThan(12);
        }
        assertThat(d.failing()).isEmpty();
    }

    @Test
    void endlessBodyKeepsStreamingAndStopsWhenTheClientLeaves() throws Exception {
        LabDevice d = device(DeviceKind.HOSTILE_ENDLESS_BODY);
        for (String request : List.of("GET / HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST /onvif/device_service HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")) {
            try (Socket s = connect(d, http(d))) {
                s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = s.getInputStream();
                byte[] head = in.readNBytes(64);
                assertThat(new String(head, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200 OK\r\n");
                in.skipNBytes(8L << 20);
                assertThat(in.read()).as("more after 8 MB").isNotNegative();
            }
        }
        try (Socket s = connect(d, rtsp(d))) {
            s.getOutputStream().write("DESCRIBE rtsp://x/ RTSP/1.0\r\nCSeq: 2\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String start = new String(s.getInputStream().readNBytes(4096), StandardCharsets.ISO_8859_1);
            assertThat(start).startsWith("RTSP/1.0 200 OK\r\nCSeq: 2\r\n").contains("Content-Length: 2147483647")
                    .doesNotContain("m=");
        }
        awaitNoConnections();
    }

    @Test
    void hugeHeaderBlocksEndAfterAMegabyte() throws Exception {
        LabDevice d = device(DeviceKind.HOSTILE_HUGE_HEADER);
        try (Socket s = connect(d, http(d))) {
            s.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            byte[] all = s.getInputStream().readAllBytes();
            assertThat(all.length).isBetween((1 << 20) - 16 * 1024, (1 << 20) + 1024);
            String text = new String(all, StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("HTTP/1.1 200 OK\r\nX-Pad: aaaa").endsWith("\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n");
        }
        try (Socket s = connect(d, rtsp(d))) {
            s.getOutputStream().write("OPTIONS rtsp://x/ RTSP/1.0\r\nCSeq: 1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String text = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nWWW-Authenticate: Digest realm=\"RRRR");
            assertThat(text.length()).isGreaterThan((1 << 20) - 16 * 1024);
        }
    }

    @Test
    void xmlBombAnswersCarryEntityBombsAndExternalEntitiesThatASafeParserRefuses() throws Exception {
        LabDevice d = device(DeviceKind.HOSTILE_XML_BOMB);
        Wire.Reply laughs = Wire.exchange(d.address(), http(d), Auth.soapPost(d.address(),
                Auth.soap("GetSystemDateAndTime", null, null), ""));
        Wire.Reply xxe = Wire.exchange(d.address(), http(d), Auth.soapPost(d.address(),
                Auth.soap("GetDeviceInformation", null, null), ""));
        Wire.Reply quadratic = Wire.exchange(d.address(), http(d), Auth.soapPost(d.address(),
                Auth.soap("GetCapabilities", null, null), ""));
        assertThat(laughs.text()).contains("<!ENTITY lol9 \"&lol8;&lol8;", "<tds:Manufacturer>&lol9;");
        String canary = "http://" + d.address() + ":" + http(d) + "/xxe-canary";
        assertThat(xxe.text()).contains("SYSTEM \"file:///etc/passwd\"", "SYSTEM \"" + canary + "/xxe-entity\"",
                "%parameter;", "<xi:include href=\"" + canary + "/xxe-xinclude\"");
        assertThat(quadratic.text()).hasSizeBetween(20_000, 64 * 1024).contains("&a;&a;&a;");
        assertThat(Wire.exchange(d.address(), http(d), "GET /xxe-canary/xxe-entity HTTP/1.1\r\nHost: x\r\n\r\n").text())
                .isEqualTo("XXE-CANARY-FETCHED");
        for (Wire.Reply reply : List.of(laughs, xxe, quadratic)) {
            assertThat(refusedBySafeParser(reply.body())).isTrue();
        }
        assertThat(d.failing()).isEmpty();
    }

    @Test
    void gzipBombBodiesInflateFarBeyondTheirSizeBehindACountedDigestLogin() throws Exception {
        LabDevice d = device(DeviceKind.HOSTILE_GZIP_BOMB);
        Wire.Reply challenge = Wire.exchange(d.address(), http(d), "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(challenge.status()).isEqualTo(401);
        assertThat(challenge.header("Content-Encoding")).contains("gzip");
        assertThat(challenge.body().length).isLessThan(16 * 1024);
        assertThat(inflatedZeros(challenge.body(), 64L << 20)).isEqualTo(8L << 20);

        String digest = challenge.header("WWW-Authenticate").orElseThrow();
        Wire.Reply wrong = Wire.exchange(d.address(), http(d), "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + Auth.digest(digest, "GET", "/", "admin", "admin") + "\r\n\r\n");
        Wire.Reply right = Wire.exchange(d.address(), http(d), "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + Auth.digest(digest, "GET", "/", "admin", d.spec().password()) + "\r\n\r\n");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.header("Content-Encoding")).contains("gzip, gzip");
        assertThat(right.body().length).isLessThan(8 * 1024);
        byte[] outer;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(right.body()))) {
            outer = in.readNBytes(4 << 20);
        }
        assertThat(outer.length).isBetween(1 << 20, 3 << 20);
        assertThat(inflatedZeros(outer, 32L << 20)).as("inner layer: at least 32 MB of zeros (2 GiB in all)")
                .isEqualTo(32L << 20);
        assertThat(lab.attempts(d.address(), LoginProtocol.HTTP_DIGEST).get("admin"))
                .isEqualTo(new AccountAttempts(1, 1));
    }

    @Test
    void rtspGarbageDevicesCoverTheirVariantsAndNeverDescribeAStream() throws Exception {
        Set<String> firstAnswers = new HashSet<>();
        for (LabDevice d : lab.devices()) {
            if (d.kind() != DeviceKind.HOSTILE_RTSP_GARBAGE) {
                continue;
            }
            try (Socket s = connect(d, rtsp(d))) {
                s.getOutputStream().write("OPTIONS rtsp://x/ RTSP/1.0\r\nCSeq: 7\r\n\r\nDESCRIBE rtsp://x/a RTSP/1.0\r\n"
                        .concat("CSeq: 8\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                String text = new String(readFor(s, Duration.ofMillis(400)), StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain("m=video", "m=audio");
                firstAnswers.add(text.length() > 12 ? text.substring(0, 12) : text);
            }
        }
        assertThat(firstAnswers).as("two devices, two different garbage answers").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void injectionDeviceSendsItsStringsByteForByte() throws Exception {
        LabDevice d = device(DeviceKind.HOSTILE_INJECTION);
        try (Socket s = connect(d, http(d))) {
            s.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            byte[] all = s.getInputStream().readAllBytes();
            String head = new String(all, StandardCharsets.ISO_8859_1);
            assertThat(head).startsWith("HTTP/1.1 401 Unauthorized\r\nServer: " + HostileStrings.HTTP_SERVER + "\r\n")
                    .contains("\r\nWWW-Authenticate: Basic realm=\"" + HostileStrings.REALM + "\"\r\n");
            assertThat(new String(all, StandardCharsets.UTF_8)).contains("<title>" + HostileStrings.TITLE + "</title>");
        }
        Wire.Reply info = Wire.exchange(d.address(), http(d), Auth.soapPost(d.address(),
                Auth.soap("GetDeviceInformation", null, null), ""));
        Document doc = safeParser().newDocumentBuilder().parse(new ByteArrayInputStream(info.body()));
        assertThat(doc.getElementsByTagNameNS("*", "Manufacturer").item(0).getTextContent()).isEqualTo(HostileStrings.VENDOR);
        assertThat(doc.getElementsByTagNameNS("*", "Model").item(0).getTextContent()).isEqualTo(HostileStrings.MODEL);
        assertThat(doc.getElementsByTagNameNS("*", "FirmwareVersion").item(0).getTextContent())
                .isEqualTo(HostileStrings.FIRMWARE);
        try (Socket s = connect(d, d.port("ftp").orElseThrow())) {
            String greeting = new String(readFor(s, Duration.ofMillis(400)), StandardCharsets.ISO_8859_1);
            assertThat(greeting).isEqualTo("220 " + HostileStrings.FTP_GREETING + "\r\n");
        }
        try (Socket s = connect(d, d.port("telnet").orElseThrow())) {
            String banner = new String(readFor(s, Duration.ofMillis(400)), StandardCharsets.ISO_8859_1);
            assertThat(banner).contains(HostileStrings.TELNET_BANNER + "\r\n(none) login: ");
        }
        Wire.Reply options = Wire.exchange(d.address(), rtsp(d), "OPTIONS rtsp://x/ RTSP/1.0\r\nCSeq: 1\r\n\r\n");
        assertThat(options.header("Server")).contains(HostileStrings.RTSP_SERVER);
        assertThat(d.failing()).containsExactlyInAnyOrder("rtsp-unauthenticated-stream", "onvif-unauthenticated-access",
                "http-basic-auth-cleartext", "telnet-enabled");
    }

    private static Socket connect(LabDevice d, int port) throws IOException {
        Socket s = new Socket(d.address(), port);
        s.setSoTimeout(5000);
        return s;
    }

    /** Everything that arrives within {@code time} (or until the server closes). */
    private static byte[] readFor(Socket s, Duration time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long end = System.nanoTime() + time.toNanos();
        byte[] buf = new byte[4096];
        while (true) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return out.toByteArray();
            }
            s.setSoTimeout((int) Math.max(1, left));
            try {
                int n = s.getInputStream().read(buf);
                if (n < 0) {
                    return out.toByteArray();
                }
                out.write(buf, 0, n);
            } catch (SocketTimeoutException e) {
                return out.toByteArray();
            }
        }
    }

    /** Zero bytes gunzipped from {@code gz}, reading at most {@code cap}; fails on a non-zero byte. */
    private static long inflatedZeros(byte[] gz, long cap) throws IOException {
        long total = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] buf = new byte[64 * 1024];
            while (total < cap) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, cap - total));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    assertThat(buf[i]).isZero();
                }
                total += n;
            }
        }
        return total;
    }

    private static DocumentBuilderFactory safeParser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static boolean refusedBySafeParser(byte[] xml) {
        try {
            safeParser().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            return false;
        } catch (Exception e) {
            return e.getMessage() != null && e.getMessage().contains("DOCTYPE");
        }
    }

    private static void awaitNoConnections() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (lab.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(lab.openConnections()).as("endless writers stop when the client leaves").isZero();
    }
}
