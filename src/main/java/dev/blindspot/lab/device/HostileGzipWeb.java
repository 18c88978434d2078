package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A web server whose every body is a compression bomb, behind an ordinary Digest login (every attempt counted).
 * The 401 challenge body is {@code Content-Encoding: gzip}: about 8 KB that inflate to 8 MiB of zeros. After a
 * successful login the answer is {@code Content-Encoding: gzip, gzip}: 5 KB that inflate to 2 MB and then to 2 GiB of
 * zeros ({@code lab/hostile/zeros_2GiB.gz.gz}). A client must never inflate without a limit.
 */
final class HostileGzipWeb implements HttpHandler {

    static final String REALM = "Login";
    static final int SINGLE_LAYER_ZEROS = 8 * 1024 * 1024;
    private static final String DOUBLE_RESOURCE = "/lab/hostile/zeros_2GiB.gz.gz";

    private final SimDevice device;

    HostileGzipWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(HttpAuth.DIGEST), REALM);
        if (!outcome.accepted()) {
            return Response.builder("HTTP/1.1 401 Unauthorized")
                    .header("WWW-Authenticate", "Digest realm=\"" + REALM + "\", qop=\"auth\", nonce=\""
                            + Nonces.hex(32) + "\"")
                    .header("Content-Type", "text/html").header("Content-Encoding", "gzip").contentLength()
                    .header("Connection", "close").body(Bombs.SINGLE);
        }
        return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "text/html")
                .header("Content-Encoding", "gzip, gzip").contentLength().header("Connection", "close")
                .body(Bombs.DOUBLE);
    }

    /** Both bodies, made (or read) once per JVM on first use and shared. */
    static final class Bombs {
        static final byte[] SINGLE = gzipZeros(SINGLE_LAYER_ZEROS);
        static final byte[] DOUBLE = resource();

        private static byte[] gzipZeros(int count) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(count / 1000 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                byte[] zeros = new byte[64 * 1024];
                for (int left = count; left > 0; left -= zeros.length) {
                    gzip.write(zeros, 0, Math.min(left, zeros.length));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private static byte[] resource() {
            try (InputStream in = HostileGzipWeb.class.getResourceAsStream(DOUBLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing lab resource " + DOUBLE_RESOURCE);
                }
                return in.readNBytes(64 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
