package dev.blindspot.protocol.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the {@code WWW-Authenticate} values out of a captured response under {@code src/test/resources/rtsp}. */
final class SampleHeaders {

    private SampleHeaders() {
    }

    static List<String> wwwAuthenticate(String resource) {
        try (InputStream in = SampleHeaders.class.getResourceAsStream("/rtsp/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String head = text.split("\r?\n\r?\n", 2)[0];
            return head.lines()
                    .filter(l -> l.regionMatches(true, 0, "WWW-Authenticate:", 0, 17))
                    .map(l -> l.substring(17).trim())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
