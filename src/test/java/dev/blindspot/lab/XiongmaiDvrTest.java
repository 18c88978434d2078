package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.testing.MutableClock;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Xiongmai DVR board against samples xmeye/dvrip_34567_* and the public DVRIP header layout. */
class XiongmaiDvrTest {

    private static final MutableClock CLOCK = new MutableClock(TestLabs.T0);
    private static RunningLab lab;
    private static LabDevice dvr;
    private static LabDevice locking;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.XIONGMAI_DVR);
        lab = Lab.start(List.of(spec, spec.withPassword("Xm5!dR8q").withLockout(3, 30).withTelnet(false)),
                Vendors2.options(5, CLOCK));
        dvr = lab.devices().get(0);
        locking = lab.devices().get(1);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void webUiIsUcHttpdWithTheNetSurveillancePageAndTheDvripDefaultAndTelnetArePlanted() throws Exception {
        byte[] raw;
        try (Wire wire = Wire.connect(dvr.address(), http(dvr))) {
            wire.write("GET / HTTP/1.1\r\nHost: dvr\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            raw = wire.input().readAllBytes(); // uc-httpd closes after one answer
        }
        String answer = new String(raw, StandardCharsets.ISO_8859_1);

        assertThat(answer).startsWith("HTTP/1.0 200 OK\r\nContent-type: text/html\r\nServer: uc-httpd 1.0.0\r\n");
        assertThat(answer).contains("<title>NETSurveillance WEB</title>").doesNotContainIgnoringCase("WWW-Authenticate");
        // admin/"" is accepted over DVRIP, which the credential pass speaks (DvripLoginModule)
        assertThat(dvr.failing()).containsExactly("default-credentials-accepted", "telnet-enabled");
        assertThat(locking.failing()).isEmpty();
        assertThat(dvr.ports()).containsEntry("dvrip", 34567).containsEntry("telnet", 23);
    }

    @Test
    void dvripLoginWithTheBlankPasswordHashAnswersTheCapturedReply() throws Exception {
        try (Socket socket = connect(dvr)) {
            send(socket, 0, 0, 1000, login("admin", "tlJwpbo6"));
            Frame reply = read(socket.getInputStream());

            assertThat(reply.head()).isEqualTo(0xff);
            assertThat(reply.messageId()).isEqualTo(1001);
            JsonNode body = Vendors2.json(reply.json());
            ObjectNode expected = (ObjectNode) Vendors2.json(Samples.text("xmeye/dvrip_34567_login_response.json"));
            expected.put("ChannelNum", 4).put("DeviceType ", "DVR").put("SessionID", body.path("SessionID").asText());
            assertThat(body).isEqualTo(expected);
            assertThat(reply.json()).startsWith("{ \"AliveInterval\" : 30, \"ChannelNum\" : 4, \"DeviceType \" : ");
            assertThat(reply.payload()).endsWith((byte) '\n', (byte) 0);
            int session = Integer.parseInt(body.path("SessionID").asText().substring(2), 16);
            assertThat(reply.session()).isEqualTo(session);

            send(socket, session, 1, 1020, "{ \"Name\" : \"SystemInfo\", \"SessionID\" : \""
                    + body.path("SessionID").asText() + "\" }");
            Frame info = read(socket.getInputStream());
            JsonNode system = Vendors2.json(info.json());
            assertThat(info.messageId()).isEqualTo(1021);
            assertThat(system.path("Ret").asInt()).isEqualTo(100);
            assertThat(system.path("SystemInfo").path("DeviceModel").asText()).isEqualTo("AHB7804R-LMS");
            JsonNode sample = Vendors2.json(Samples.text("xmeye/dvrip_34567_SystemInfo_response.json"));
            assertThat(fieldNames(system.path("SystemInfo"))).isEqualTo(fieldNames(sample.path("SystemInfo")));
        }
        assertThat(lab.attempts(dvr.address(), LoginProtocol.DVRIP).get("admin")).isEqualTo(new AccountAttempts(1, 0));
    }

    @Test
    void systemInfoWithoutLoginIsTheCapturedError() throws Exception {
        try (Socket socket = connect(dvr)) {
            send(socket, 0, 0, 1020, "{ \"Name\" : \"SystemInfo\", \"SessionID\" : \"0x00000000\" }");
            Frame reply = read(socket.getInputStream());
            assertThat(reply.json()).isEqualTo(Samples.text("xmeye/dvrip_34567_SystemInfo_error_607.json"));
        }
    }

    @Test
    void wrongPasswordsAreCountedAndLockTheClient() throws Exception {
        try (Socket socket = connect(locking)) {
            int[] rets = new int[4];
            for (int i = 0; i < 3; i++) {
                send(socket, 0, i, 1000, login("admin", sofia("guess" + i)));
                rets[i] = Vendors2.json(read(socket.getInputStream()).json()).path("Ret").asInt();
            }
            send(socket, 0, 3, 1000, login("admin", sofia("Xm5!dR8q")));
            rets[3] = Vendors2.json(read(socket.getInputStream()).json()).path("Ret").asInt();
            assertThat(rets).containsExactly(203, 203, 205, 205);
        }
        assertThat(lab.attempts(locking.address(), LoginProtocol.DVRIP).get("admin"))
                .isEqualTo(new AccountAttempts(0, 4));
    }

    @Test
    void telnetIsALoginPromptForTheBuiltInRootAccountAndRunsNothing() throws Exception {
        try (Socket socket = new Socket(dvr.address(), dvr.ports().get("telnet"))) {
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            byte[] greeting = in.readNBytes(12 + "LocalHost login: ".length());
            assertThat(new String(greeting, 12, greeting.length - 12, StandardCharsets.ISO_8859_1))
                    .isEqualTo("LocalHost login: ");
            socket.getOutputStream().write("admin\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readUntil(in, "login: ")).contains("Login incorrect");
            socket.getOutputStream().write("root\r\nxc3511\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readUntil(in, "# ")).contains("BusyBox");
        }
        assertThat(lab.attempts(dvr.address(), LoginProtocol.TELNET))
                .containsEntry("admin", new AccountAttempts(0, 1)).containsEntry("root", new AccountAttempts(1, 0));
    }

    @Test
    void sofiaHashOfTheBlankPasswordIsTheWellKnownValue() throws Exception {
        assertThat(sofia("")).isEqualTo("tlJwpbo6");
    }

    // --- a DVRIP client written from the public header description, independent of the lab's codec ----------

    private record Frame(int head, int session, int messageId, byte[] payload) {
        String json() {
            int end = payload.length;
            while (end > 0 && (payload[end - 1] == 0 || payload[end - 1] == '\n')) {
                end--;
            }
            return new String(payload, 0, end, StandardCharsets.UTF_8);
        }
    }

    private static Socket connect(LabDevice device) throws IOException {
        Socket socket = new Socket(device.address(), device.ports().get("dvrip"));
        socket.setSoTimeout(5000);
        return socket;
    }

    private static String login(String user, String hash) {
        return "{ \"EncryptType\" : \"MD5\", \"LoginType\" : \"DVRIP-Web\", \"PassWord\" : \"" + hash
                + "\", \"UserName\" : \"" + user + "\" }";
    }

    private static void send(Socket socket, int session, int sequence, int messageId, String json) throws IOException {
        byte[] data = (json + "\n\0").getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(20 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.put((byte) 0xff).put((byte) 0).putShort((short) 0).putInt(session).putInt(sequence).putShort((short) 0)
                .putShort((short) messageId).putInt(data.length).put(data);
        socket.getOutputStream().write(frame.array());
    }

    private static Frame read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[20];
        data.readFully(header);
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int head = b.get() & 0xff;
        b.get();
        b.getShort();
        int session = b.getInt();
        b.getInt();
        b.getShort();
        int messageId = b.getShort() & 0xffff;
        byte[] payload = new byte[b.getInt()];
        data.readFully(payload);
        return new Frame(head, session, messageId, payload);
    }

    private static String sofia(String password) throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
        String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            out.append(chars.charAt(((md5[i] & 0xff) + (md5[i + 1] & 0xff)) % 62));
        }
        return out.toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return text.toString();
    }
}
