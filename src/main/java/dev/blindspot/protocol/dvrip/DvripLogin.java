package dev.blindspot.protocol.dvrip;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One Xiongmai DVRIP ("Sofia", TCP 34567) login: a 20-byte little-endian header (0xFF, version 0, session 0, sequence,
 * message 1000, payload length) and the JSON {@code {"EncryptType":"MD5","LoginType":"DVRIP-Web","PassWord":<Sofia
 * hash>,"UserName":...}} ending in {@code "\n\0"}; the answer (message 1001) says {@code Ret}: 100 accepted (sample
 * xmeye/dvrip_34567_login_response.json), 106/203/204 wrong user or password, 205/206 locked or blacklisted (codes as
 * public DVRIP clients name them, e.g. NeiroNx/python-dvr). One connection per attempt, closed after the answer; one
 * deadline for the whole exchange; the answer's payload is read up to {@value #MAX_PAYLOAD} bytes.
 */
public final class DvripLogin {

    public static final int LOGIN = 1000;
    static final int HEADER = 20;
    static final int MAX_PAYLOAD = 8 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(1024)
                    .maxDocumentLength(MAX_PAYLOAD).build()).build());

    private final Duration connectTimeout;
    private final Duration deadline;

    public DvripLogin(Duration connectTimeout, Duration deadline) {
        this.connectTimeout = connectTimeout;
        this.deadline = deadline;
    }

    public LoginResult attempt(String address, int port, String username, Secret password) {
        long end = System.nanoTime() + deadline.toNanos();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), (int) Math.max(1, Math.min(connectTimeout.toMillis(),
                    deadline.toMillis())));
            OutputStream out = s.getOutputStream();
            out.write(loginFrame(username, password));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] header = readExactly(s, in, HEADER, end);
            ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
            if ((h.get(0) & 0xff) != 0xff) {
                return new LoginResult.Failed("not a DVRIP answer");
            }
            int messageId = h.getShort(14) & 0xffff;
            long length = h.getInt(16) & 0xffffffffL;
            if (length > MAX_PAYLOAD) {
                return new LoginResult.Failed("DVRIP answer of " + length + " bytes");
            }
            byte[] payload = readExactly(s, in, (int) length, end);
            if (messageId != LOGIN + 1) {
                return new LoginResult.Failed("DVRIP answer is message " + messageId + ", not 1001");
            }
            return verdict(payload);
        } catch (ConnectException e) {
            return new LoginResult.Failed("connection refused");
        } catch (SocketTimeoutException e) {
            return new LoginResult.Failed("no complete DVRIP answer within the " + deadline.toMillis() + " ms deadline");
        } catch (IOException e) {
            return new LoginResult.Failed("DVRIP exchange failed: " + e.getClass().getSimpleName());
        }
    }

    /** The verdict of a login answer's JSON payload (trailing newline and NUL bytes allowed). */
    public static LoginResult verdict(byte[] payload) {
        int n = payload.length;
        while (n > 0 && (payload[n - 1] == 0 || payload[n - 1] == '\n')) {
            n--;
        }
        Optional<JsonNode> json;
        try {
            JsonNode node = JSON.readTree(new String(payload, 0, n, StandardCharsets.UTF_8));
            json = node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            json = Optional.empty();
        }
        if (json.isEmpty() || !json.get().path("Ret").canConvertToInt()) {
            return new LoginResult.Failed("DVRIP answer without a Ret code");
        }
        int ret = json.get().path("Ret").asInt();
        return switch (ret) {
            case 100 -> new LoginResult.Accepted();
            case 106, 203, 204 -> new LoginResult.Rejected();
            case 205 -> new LoginResult.LockoutSignal("DVRIP Ret 205: user locked");
            case 206 -> new LoginResult.LockoutSignal("DVRIP Ret 206: user blacklisted");
            default -> new LoginResult.Failed("DVRIP Ret " + ret);
        };
    }

    /** The login request frame (session 0, sequence 0); the password only as its Sofia hash. */
    public static byte[] loginFrame(String username, Secret password) {
        ObjectNode body = JSON.createObjectNode().put("EncryptType", "MD5").put("LoginType", "DVRIP-Web")
                .put("PassWord", SofiaHash.of(password.reveal())).put("UserName", username);
        byte[] text = body.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(HEADER + text.length + 2).order(ByteOrder.LITTLE_ENDIAN);
        frame.put((byte) 0xff).put((byte) 0).putShort((short) 0).putInt(0).putInt(0).put((byte) 0).put((byte) 0)
                .putShort((short) LOGIN).putInt(text.length + 2).put(text).put((byte) '\n').put((byte) 0);
        return frame.array();
    }

    private static byte[] readExactly(Socket s, InputStream in, int count, long end) throws IOException {
        byte[] buf = new byte[count];
        int got = 0;
        while (got < count) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("deadline");
            }
            s.setSoTimeout((int) Math.max(1, left));
            int r = in.read(buf, got, count - got);
            if (r < 0) {
                throw new IOException("closed after " + got + " of " + count + " bytes");
            }
            got += r;
        }
        return buf;
    }
}
