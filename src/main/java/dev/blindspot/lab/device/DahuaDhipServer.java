package dev.blindspot.lab.device;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.Connection;
import dev.blindspot.lab.server.ConnectionHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Dahua's private protocol on TCP 37777 in its DHIP form: each message is a 32-byte little-endian header (header
 * length 0x20, magic {@code DHIP}, session, request id, body length twice) and a JSON body. The lab answers
 * {@code global.login} as the firmware does (sample dahua/dhip_37777_login_challenge.hex.txt: the header's session
 * and id repeat the JSON's, and the body, counted in the header, ends in {@code \n}) and counts each second step as a {@link LoginProtocol#DAHUA_DHIP} attempt. Anything
 * that is not a DHIP frame ends the connection (old binary DVRIP clients are not spoken to).
 */
final class DahuaDhipServer implements ConnectionHandler {

    static final int HEADER = 32;
    static final byte[] MAGIC = "DHIP".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_BODY = 16 * 1024;
    private static final int MAX_MESSAGES = 16;

    private final DahuaLogin login;
    private final Duration deadline;

    DahuaDhipServer(SimDevice device, Duration deadline) {
        this.login = new DahuaLogin(device, DahuaIds.of(device.spec(), device.ids()), LoginProtocol.DAHUA_DHIP);
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        for (int i = 0; i < MAX_MESSAGES; i++) {
            connection.input().deadlineIn(deadline);
            if (connection.input().peek() < 0) {
                return;
            }
            ByteBuffer header = ByteBuffer.wrap(connection.input().readExactly(HEADER)).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[4];
            header.get(4, magic);
            int length = header.getInt(16);
            if (header.getInt(0) != HEADER || !Arrays.equals(magic, MAGIC) || length < 0 || length > MAX_BODY) {
                return;
            }
            Optional<JsonNode> request = Json.object(connection.input().readExactly(length));
            if (request.isEmpty()) {
                return;
            }
            String session = Integer.toString(0x7fff0000 + ThreadLocalRandom.current().nextInt(0xffff));
            String answer = login.answer(request.get(), connection.peer(), session);
            connection.write(frame(answer, request.get()));
        }
    }

    /** The answer with its header (session and id as in the JSON answer); the body ends in a line feed. */
    static byte[] frame(String json, JsonNode request) {
        byte[] body = (json + "\n").getBytes(StandardCharsets.UTF_8);
        JsonNode answer = Json.object(body).orElseThrow();
        long session = answer.path("session").canConvertToLong() ? answer.path("session").asLong() : 0;
        ByteBuffer out = ByteBuffer.allocate(HEADER + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(HEADER).put(MAGIC).putInt((int) session).putInt((int) request.path("id").asLong())
                .putInt(body.length).putInt(0).putInt(body.length).putInt(0).put(body);
        return out.array();
    }
}
