package dev.blindspot.protocol.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.FaviconObservation;
import dev.blindspot.lab.server.Connections;
import dev.blindspot.lab.server.HttpServer;
import dev.blindspot.lab.server.Listener;
import dev.blindspot.lab.server.Response;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The favicon digest: MD5 of the raw bytes of a 200 answer only, bounded; loopback 127.59.1.1 on an ephemeral port. */
class FaviconProbeTest {

    private final Connections connections = new Connections(16);
    private ScheduledExecutorService watchdog;
    private Listener listener;
    private volatile Response answer;

    @BeforeEach
    void start() throws Exception {
        watchdog = Executors.newSingleThreadScheduledExecutor();
        listener = Listener.open(InetAddress.getByName("127.59.1.1"), 0,
                new HttpServer((request, exchange) -> request.path().equals(FaviconProbe.PATH) ? answer
                        : Response.builder("HTTP/1.1 404 Not Found").header("Connection", "close").contentLength().body(""),
                        Duration.ofSeconds(3), 4), connections);
    }

    @AfterEach
    void stop() {
        listener.close();
        connections.close();
        watchdog.shutdownNow();
    }

    private FaviconObservation probe() {
        return new FaviconProbe(new BoundedHttpClient(watchdog, HttpLimits.defaults())).probe("127.59.1.1", listener.port(), false);
    }

    private static Response icon(String status, byte[] body) {
        return Response.builder(status).header("Content-Type", "image/x-icon").header("Connection", "close")
                .contentLength().body(body);
    }

    @Test
    void digestIsTheLowercaseHexMd5OfTheRawBytes() throws Exception {
        byte[] body = new byte[300];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (255 - i);
        }
        answer = icon("HTTP/1.1 200 OK", body);
        FaviconObservation o = probe();
        assertThat(o.tls()).isFalse();
        assertThat(o.md5().answer()).contains(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)));
        assertThat(o.md5().answer().orElseThrow()).matches("[0-9a-f]{32}");
    }

    @Test
    void noDigestForAnErrorPageAnEmptyBodyOrAnOversizedIcon() {
        answer = icon("HTTP/1.1 404 Not Found", new byte[] {1, 2, 3});
        assertThat(probe().md5().answer()).isEmpty();
        answer = icon("HTTP/1.1 200 OK", new byte[0]);
        assertThat(probe().md5().answer()).isEmpty();
        answer = icon("HTTP/1.1 200 OK", new byte[FaviconProbe.MAX_BYTES + 1]);
        assertThat(probe().md5().answer()).isEmpty();
    }
}
