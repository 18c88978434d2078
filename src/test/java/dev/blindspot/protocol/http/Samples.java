package dev.blindspot.protocol.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads test resources (real device samples, see SOURCES.md next to them). */
public final class Samples {

    private Samples() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
