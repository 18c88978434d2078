package dev.blindspot.protocol.http;

import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.scan.ProbeOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTPS on loopback with a self-signed certificate made by the running JDK's keytool. */
class TlsCaptureTest {

    private static final String DN = "CN=Blindspot Test Camera,OU=Lab,O=Blindspot,C=NL";
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    private static SSLContext serverContext;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final BoundedHttpClient client =
            new BoundedHttpClient(scheduler, HttpLimits.defaults().withTotalDeadline(Duration.ofSeconds(5)));

    @BeforeAll
    static void makeCertificate() throws Exception {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Path keytool = java.resolveSibling("keytool");
        Path keystore = dir.resolve("server.p12");
        Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "device",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", DN, "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit", "-noprompt"))
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void selfSignedCertificateIsAcceptedAndItsNamesCaptured() throws Exception {
        byte[] page = "HTTP/1.1 200 OK\r\nContent-Length: 35\r\n\r\n<html><title>NVR Login</title>\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (LoopbackServer server = LoopbackServer.startTls(serverContext, LoopbackServer.replying(page))) {
            HttpObservation obs = new HttpProbe(client).probe("127.0.0.1", server.port(), true);
            assertThat(obs.tls()).isTrue();
            HttpReply reply = obs.outcome().answer().orElseThrow();
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.title()).contains("NVR Login");
            assertThat(reply.tlsSubject()).contains(DN);
            assertThat(reply.tlsIssuer()).contains(DN);
            assertThat(server.requests().getFirst().header("Host")).isEqualTo("127.0.0.1:" + server.port());
        }
    }

    @Test
    void tlsToAPlainHttpServerIsAProtocolError() throws Exception {
        try (LoopbackServer server = LoopbackServer.startRaw(LoopbackServer.replying(
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))) {
            ProbeOutcome<HttpReply> outcome = client.exchange(HttpRequestSpec.get("127.0.0.1", server.port(), true, "/"));
            assertThat(outcome).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(outcome.describe()).contains("TLS");
        }
    }

    @Test
    void silentPeerDuringHandshakeTimesOut() throws Exception {
        BoundedHttpClient quick = new BoundedHttpClient(scheduler,
                HttpLimits.defaults().withTotalDeadline(Duration.ofMillis(700)));
        try (LoopbackServer server = LoopbackServer.startRaw((socket, request) -> Thread.sleep(10_000))) {
            long start = System.nanoTime();
            ProbeOutcome<HttpReply> outcome = quick.exchange(HttpRequestSpec.get("127.0.0.1", server.port(), true, "/"));
            assertThat(outcome).isInstanceOf(ProbeOutcome.TimedOut.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1700));
        }
    }

    @Test
    void peerClosingDuringHandshakeIsRefused() throws Exception {
        try (LoopbackServer server = LoopbackServer.startRaw((socket, request) -> socket.close())) {
            ProbeOutcome<HttpReply> outcome = client.exchange(HttpRequestSpec.get("127.0.0.1", server.port(), true, "/"));
            assertThat(outcome).isInstanceOf(ProbeOutcome.Refused.class);
        }
    }
}
