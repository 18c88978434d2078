package dev.blindspot.lab.device;

import dev.blindspot.lab.server.BoundedInput;
import dev.blindspot.lab.server.LimitExceededException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One DVRIP ("Sofia", TCP 34567) message: a 20-byte little-endian header (0xFF, version, 2 reserved bytes,
 * session id, sequence number, total/current packet bytes, message id, payload length) and a JSON payload that
 * ends in {@code "\n\0"}. Requests carry version 0, the device answers with version 1.
 */
record DvripFrame(int version, int session, int sequence, int messageId, byte[] payload) {

    static final int HEADER = 20;
    static final int MAX_PAYLOAD = 8 * 1024;
    private static final int HEAD_FLAG = 0xff;

    DvripFrame {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The JSON text of the payload without its trailing newline and NUL bytes. */
    String json() {
        int end = payload.length;
        while (end > 0 && (payload[end - 1] == 0 || payload[end - 1] == '\n')) {
            end--;
        }
        return new String(payload, 0, end, StandardCharsets.UTF_8);
    }

    /** A reply: version 1, the given session, the request's sequence, JSON plus {@code "\n\0"}. */
    static DvripFrame reply(DvripFrame request, int session, int messageId, String json) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[text.length + 2];
        System.arraycopy(text, 0, payload, 0, text.length);
        payload[text.length] = '\n';
        return new DvripFrame(1, session, request.sequence(), messageId, payload);
    }

    byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(HEADER + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) HEAD_FLAG).put((byte) version).putShort((short) 0).putInt(session).putInt(sequence)
                .put((byte) 0).put((byte) 0).putShort((short) messageId).putInt(payload.length).put(payload);
        return out.array();
    }

    /**
     * The next frame, or empty at end of stream before a header byte.
     *
     * @throws LimitExceededException when the head flag is wrong or the payload is longer than {@value #MAX_PAYLOAD}
     */
    static Optional<DvripFrame> read(BoundedInput in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return Optional.empty();
        }
        if (first != HEAD_FLAG) {
            throw new LimitExceededException("not a DVRIP header");
        }
        ByteBuffer header = ByteBuffer.wrap(in.readExactly(HEADER - 1)).order(ByteOrder.LITTLE_ENDIAN);
        int version = header.get() & 0xff;
        header.getShort();
        int session = header.getInt();
        int sequence = header.getInt();
        header.getShort();
        int messageId = header.getShort() & 0xffff;
        long length = header.getInt() & 0xffffffffL;
        if (length > MAX_PAYLOAD) {
            throw new LimitExceededException("DVRIP payload of " + length + " bytes");
        }
        return Optional.of(new DvripFrame(version, session, sequence, messageId, in.readExactly((int) length)));
    }
}
