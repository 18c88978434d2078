package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.lab.media.H264Clip;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SETUP/PLAY/GET_PARAMETER/TEARDOWN on the wire: RTP over TCP interleaved and over UDP, checked packet by packet. */
class RtspPlaybackTest {

    private static RunningLab lab;
    private static LabDevice hikvision;
    private static LabDevice open;

    @BeforeAll
    static void start() {
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA),
                DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA)),
                TestLabs.options().withFirstAddress("127.35.2.1"));
        hikvision = lab.devices().get(0);
        open = lab.devices().get(1);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void tcpInterleavedPlayCarriesTheClipAsRfc6184PacketsUntilTeardown() throws Exception {
        String stream = "rtsp://" + hikvision.address() + ":" + rtsp(hikvision) + "/Streaming/Channels/101";
        try (Wire wire = Wire.connect(hikvision.address(), rtsp(hikvision))) {
            Wire.Reply challenge = wire.send("DESCRIBE " + stream + " RTSP/1.0\r\nCSeq: 1\r\n\r\n");
            String digest = challenge.all("WWW-Authenticate").getFirst();
            Wire.Reply describe = wire.send("DESCRIBE " + stream + " RTSP/1.0\r\nCSeq: 2\r\nAuthorization: "
                    + Auth.digest(digest, "DESCRIBE", stream, "admin", "12345") + "\r\n\r\n");
            assertThat(describe.status()).isEqualTo(200);
            assertThat(describe.header("Content-Length")).contains(Integer.toString(describe.body().length));
            String video = stream + "/trackID=1";
            Wire.Reply setup = wire.send("SETUP " + video + " RTSP/1.0\r\nCSeq: 3\r\nAuthorization: "
                    + Auth.digest(digest, "SETUP", video, "admin", "12345")
                    + "\r\nTransport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n");
            String session = setup.header("Session").orElseThrow().trim().split(";")[0];
            long ssrc = Long.parseLong(find("ssrc=([0-9a-f]{8})", setup.header("Transport").orElseThrow()), 16);
            Wire.Reply play = wire.send("PLAY " + stream + " RTSP/1.0\r\nCSeq: 4\r\nSession: " + session
                    + "\r\nAuthorization: " + Auth.digest(digest, "PLAY", stream, "admin", "12345") + "\r\n\r\n");
            assertThat(play.status()).isEqualTo(200);
            int firstSeq = Integer.parseInt(find("url=trackID=1;seq=(\\d+)", play.header("RTP-Info").orElseThrow()));

            DataInputStream in = new DataInputStream(wire.input());
            List<byte[]> packets = new ArrayList<>();
            long started = System.nanoTime();
            while (packets.size() < 30) {
                assertThat(in.readUnsignedByte()).isEqualTo('$');
                assertThat(in.readUnsignedByte()).isEqualTo(0);
                byte[] packet = new byte[in.readUnsignedShort()];
                in.readFully(packet);
                packets.add(packet);
            }
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            byte[] first = packets.getFirst();
            assertThat(first[0] & 0xff).isEqualTo(0x80);
            assertThat(first[1] & 0x7f).isEqualTo(96);
            assertThat(seq(first)).isEqualTo(firstSeq);
            assertThat(Integer.toUnsignedLong(word(first, 8))).isEqualTo(ssrc);
            for (int i = 1; i < packets.size(); i++) {
                assertThat(seq(packets.get(i))).isEqualTo((firstSeq + i) & 0xffff);
            }
            // the first picture: SPS and PPS as announced in the SDP, then the IDR slice
            String[] sprop = H264Clip.bundled().spropParameterSets().split(",");
            assertThat(payload(packets.get(0))).isEqualTo(Base64.getDecoder().decode(sprop[0]));
            assertThat(payload(packets.get(1))).isEqualTo(Base64.getDecoder().decode(sprop[1]));
            assertThat(payload(packets.get(2))[0] & 0x1f).isIn(5, 28);
            // paced like a camera: 30 packets of a 25 fps clip cannot all arrive at once
            assertThat(elapsedMs).isGreaterThan(100);

            wire.write(("GET_PARAMETER " + stream + " RTSP/1.0\r\nCSeq: 5\r\nSession: " + session
                    + "\r\nAuthorization: " + Auth.digest(digest, "GET_PARAMETER", stream, "admin", "12345")
                    + "\r\n\r\n").getBytes());
            assertThat(skipFramesThenReadStatus(in)).startsWith("RTSP/1.0 200 OK");
            skipHeaders(in);
            wire.write(("TEARDOWN " + stream + " RTSP/1.0\r\nCSeq: 6\r\nSession: " + session
                    + "\r\nAuthorization: " + Auth.digest(digest, "TEARDOWN", stream, "admin", "12345")
                    + "\r\n\r\n").getBytes());
            assertThat(skipFramesThenReadStatus(in)).startsWith("RTSP/1.0 200 OK");
            skipHeaders(in);
            Thread.sleep(300); // a frame already in flight may still arrive; none after that
            in.skipNBytes(in.available());
            Thread.sleep(300);
            assertThat(in.available()).as("no RTP after TEARDOWN").isZero();
        }
    }

    @Test
    void udpPlaySendsFromTheAdvertisedServerPortToTheClientPortAndStopsWithTheConnection() throws Exception {
        String stream = "rtsp://" + open.address() + ":" + rtsp(open) + "/stream1";
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            client.setSoTimeout(3000);
            int port = client.getLocalPort();
            try (Wire wire = Wire.connect(open.address(), rtsp(open))) {
                assertThat(wire.send("DESCRIBE " + stream + " RTSP/1.0\r\nCSeq: 1\r\n\r\n").status()).isEqualTo(200);
                Wire.Reply setup = wire.send("SETUP " + stream + "/track1 RTSP/1.0\r\nCSeq: 2\r\nTransport: "
                        + "RTP/AVP;unicast;client_port=" + port + "-" + (port + 1) + "\r\n\r\n");
                String transport = setup.header("Transport").orElseThrow();
                assertThat(transport).contains("client_port=" + port + "-" + (port + 1));
                int serverPort = Integer.parseInt(find("server_port=(\\d+)-", transport));
                String session = setup.header("Session").orElseThrow().split(";")[0];
                assertThat(wire.send("PLAY " + stream + " RTSP/1.0\r\nCSeq: 3\r\nSession: " + session
                        + "\r\n\r\n").status()).isEqualTo(200);
                DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
                client.receive(packet);
                assertThat(packet.getPort()).isEqualTo(serverPort);
                assertThat(packet.getAddress().getHostAddress()).isEqualTo(open.address());
                assertThat(packet.getData()[1] & 0x7f).as("RTP/JPEG, the SDP's payload type 26").isEqualTo(26);
            }
            Thread.sleep(300);
            client.setSoTimeout(200);
            DatagramPacket drain = new DatagramPacket(new byte[2048], 2048);
            try {
                while (true) {
                    client.receive(drain);
                }
            } catch (SocketTimeoutException expected) {
                // drained what was in flight
            }
            client.setSoTimeout(500);
            assertThatThrownBy(() -> client.receive(drain)).as("no RTP once the RTSP connection is gone")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    private static String skipFramesThenReadStatus(DataInputStream in) throws IOException {
        while (true) {
            int b = in.readUnsignedByte();
            if (b == '$') {
                in.readUnsignedByte();
                in.skipNBytes(in.readUnsignedShort());
                continue;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            line.write(b);
            while (b != '\n') {
                b = in.readUnsignedByte();
                line.write(b);
            }
            return line.toString();
        }
    }

    /** Reads up to the blank line that ends a header block (the status line was read already). */
    private static void skipHeaders(DataInputStream in) throws IOException {
        int last = 0x0d0a; // the status line's CRLF
        while (last != 0x0d0a0d0a) {
            last = (last << 8) | in.readUnsignedByte();
        }
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }

    private static int seq(byte[] rtp) {
        return ((rtp[2] & 0xff) << 8) | (rtp[3] & 0xff);
    }

    private static int word(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static byte[] payload(byte[] rtp) {
        return java.util.Arrays.copyOfRange(rtp, 12, rtp.length);
    }
}
