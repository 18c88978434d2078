package dev.blindspot.protocol.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes body bytes as UTF-8 when they are valid UTF-8, otherwise as ISO-8859-1 (which never fails). */
public final class BodyText {

    private BodyText() {
    }

    /**
     * @param truncated when true, an incomplete UTF-8 sequence at the very end (cut by the cap) is dropped
     *                  instead of forcing ISO-8859-1
     */
    public static String decode(byte[] bytes, boolean truncated) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, !truncated);
        boolean ok = !result.isError() && (truncated ? in.remaining() < 4 : !in.hasRemaining());
        if (ok && !truncated) {
            ok = !utf8.flush(out).isError();
        }
        return ok ? out.flip().toString() : new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
