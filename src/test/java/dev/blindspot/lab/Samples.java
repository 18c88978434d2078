package dev.blindspot.lab;

import dev.blindspot.inventory.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real device samples copied under src/test/resources/lab/samples (see SOURCES.md there). */
final class Samples {

    private Samples() {}

    static byte[] bytes(String path) {
        try (InputStream in = Samples.class.getResourceAsStream("/lab/samples/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /**
     * An SDP with the H.264 {@code sprop-parameter-sets} and {@code profile-level-id} values blanked: the lab serves
     * the sample SDP with the parameter sets of the clip it really streams (lab/SOURCES.md, media/).
     */
    static String withoutParameterSets(String sdp) {
        return sdp.replaceAll("sprop-parameter-sets=[^;\\s]*", "sprop-parameter-sets=")
                .replaceAll("profile-level-id=[0-9A-Fa-f]{6}", "profile-level-id=");
    }

    /** A captured response: CRLF head, optional body after the blank line. */
    static Wire.Reply reply(String path) {
        String all = text(path);
        int end = all.indexOf("\r\n\r\n");
        String head = end < 0 ? all : all.substring(0, end);
        String body = end < 0 ? "" : all.substring(end + 4);
        String[] lines = head.split("\r\n");
        List<Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new Header(lines[i].substring(0, colon), lines[i].substring(colon + 2)));
        }
        return new Wire.Reply(lines[0], headers, body.getBytes(StandardCharsets.UTF_8), head);
    }
}
