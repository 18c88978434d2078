package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.credential.FakeCamera.Auth;
import dev.blindspot.credential.FakeCamera.Lock;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpLoginTest {

    private final HttpLogin login = new HttpLogin(new HttpLogin.Settings(
            Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4), 16 * 1024));

    @AfterEach
    void close() {
        login.close();
    }

    private static HttpTarget target(FakeCamera cam, String path) {
        return new HttpTarget("127.0.0.1", cam.port(), false, path);
    }

    @Test
    void basicDefaultIsAcceptedWithExactlyOneAuthenticatedRequest() throws IOException {
        try (FakeCamera cam = FakeCamera.start(Auth.BASIC, Map.of("admin", "12345"))) {
            HttpAttempt a = login.attempt(target(cam, "/ISAPI/Security/userCheck"), "admin", new Secret("12345"));

            assertThat(a.result()).isEqualTo(new LoginResult.Accepted());
            assertThat(a.protocol()).isEqualTo("http-basic");
            assertThat(cam.attempts("admin")).isEqualTo(1);
        }
    }

    @Test
    void digestDefaultIsAccepted() throws IOException {
        try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("admin", "12345"))) {
            HttpAttempt a = login.attempt(target(cam, "/cgi-bin/magicBox.cgi?action=getDeviceType"), "admin",
                    new Secret("12345"));

            assertThat(a.result()).isEqualTo(new LoginResult.Accepted());
            assertThat(a.protocol()).isEqualTo("http-digest");
            assertThat(cam.attempts("admin")).isEqualTo(1);
        }
    }

    @Test
    void wrongPasswordIsRejectedAfterOneAuthenticatedRequest() throws IOException {
        for (Auth auth : Auth.values()) {
            try (FakeCamera cam = FakeCamera.start(auth, Map.of("admin", "right"))) {
                HttpAttempt a = login.attempt(target(cam, "/"), "admin", new Secret("wrong"));

                assertThat(a.result()).as(auth.name()).isEqualTo(new LoginResult.Rejected());
                assertThat(cam.attempts("admin")).as(auth.name()).isEqualTo(1);
                assertThat(cam.failures("admin")).as(auth.name()).isEqualTo(1);
            }
        }
    }

    @Test
    void blankPasswordIsSentAndCanBeAccepted() throws IOException {
        try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("admin", ""))) {
            HttpAttempt a = login.attempt(target(cam, "/"), "admin", new Secret(""));

            assertThat(a.result()).isEqualTo(new LoginResult.Accepted());
        }
    }

    @Test
    void aPathThatDoesNotChallengeIsNotALogin() throws IOException {
        try (FakeCamera cam = FakeCamera.start(Auth.BASIC, Map.of("admin", "12345"), Set.of("/protected"),
                Lock.NONE, Integer.MAX_VALUE)) {
            HttpAttempt a = login.attempt(target(cam, "/index.html"), "admin", new Secret("12345"));

            assertThat(a.result()).isInstanceOf(LoginResult.Failed.class);
            assertThat(((LoginResult.Failed) a.result()).reason()).contains("no credentials sent");
            assertThat(a.protocol()).isEqualTo("http");
            assertThat(cam.totalAttempts()).isZero();
        }
    }

    @Test
    void lockedDeviceAnswersAreLockoutSignals() throws IOException {
        for (Lock lock : new Lock[] {Lock.FORBIDDEN, Lock.HIKVISION_LOCK_BODY}) {
            try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("admin", "right"), Set.of(), lock, 1)) {
                assertThat(login.attempt(target(cam, "/"), "admin", new Secret("wrong")).result())
                        .isEqualTo(new LoginResult.Rejected());

                assertThat(login.attempt(target(cam, "/"), "admin", new Secret("wrong")).result())
                        .as(lock.name()).isInstanceOf(LoginResult.LockoutSignal.class);
            }
        }
    }

    @Test
    void aStaleNonceIsAnsweredOnceAndNeverTwice() throws IOException {
        try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("admin", "12345"), Set.of(), Lock.STALE_NONCE,
                Integer.MAX_VALUE)) {
            HttpAttempt a = login.attempt(target(cam, "/"), "admin", new Secret("12345"));

            // the first stale=true gets one answer with the fresh nonce (RFC 7616 section 3.3), the second none
            assertThat(cam.attempts("admin")).isEqualTo(2);
            assertThat(a.result()).isInstanceOf(LoginResult.Failed.class);
            assertThat(((LoginResult.Failed) a.result()).reason()).contains("second authenticated request");
        }
    }

    @Test
    void selfSignedHttpsIsAccepted() throws Exception {
        try (FakeCamera cam = FakeCamera.startTls(Auth.BASIC, Map.of("root", "pass"))) {
            HttpAttempt a = login.attempt(new HttpTarget("127.0.0.1", cam.port(), true, "/axis-cgi/usergroup.cgi"),
                    "root", new Secret("pass"));

            assertThat(a.result()).isEqualTo(new LoginResult.Accepted());
            assertThat(a.protocol()).isEqualTo("http-basic");
        }
    }

    @Test
    void refusedConnectionIsFailed() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpAttempt a = login.attempt(new HttpTarget("127.0.0.1", port, false, "/"), "admin", new Secret("x"));

        assertThat(a.result()).isInstanceOf(LoginResult.Failed.class);
    }

    @Test
    void notAnAddressLiteralIsFailedWithoutLookup() {
        HttpAttempt a = login.attempt(new HttpTarget("camera.example", 80, false, "/"), "admin", new Secret("x"));

        assertThat(a.result()).isInstanceOf(LoginResult.Failed.class);
    }

    @Test
    void slowlorisPeerIsCutAtTheTotalDeadline() throws Exception {
        HttpLogin strict = new HttpLogin(new HttpLogin.Settings(
                Duration.ofSeconds(1), Duration.ofMillis(800), Duration.ofMillis(1500), 16 * 1024));
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()); strict) {
            Thread dribbler = Thread.ofVirtual().start(() -> dribble(server));
            long start = System.nanoTime();

            HttpAttempt a = strict.attempt(new HttpTarget("127.0.0.1", server.getLocalPort(), false, "/"),
                    "admin", new Secret("x"));

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(a.result()).isInstanceOf(LoginResult.Failed.class);
            assertThat(((LoginResult.Failed) a.result()).reason()).contains("deadline");
            assertThat(took).isLessThan(Duration.ofSeconds(4));
            dribbler.interrupt();
        }
    }

    /** Sends a 401 header one byte every 200 ms: each read succeeds in time, the whole never completes. */
    private static void dribble(ServerSocket server) {
        try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
            byte[] head = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"x\"\r\nX-Pad: "
                    .getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; ; i++) {
                out.write(i < head.length ? head[i] : 'a');
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException e) {
            // client went away or test over
        }
    }
}
