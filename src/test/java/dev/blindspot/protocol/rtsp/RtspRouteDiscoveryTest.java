package dev.blindspot.protocol.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.credential.DefaultCredentials;
import dev.blindspot.credential.LoginAttempt;
import dev.blindspot.credential.LoginTarget;
import dev.blindspot.credential.RtspLoginModule;
import dev.blindspot.credential.RtspRoutes;
import dev.blindspot.credential.VendorProfile;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Route discovery of the RTSP login module against loopback servers that answer a wrong path the three ways devices
 * do: 401 (credentials checked first), 404 (routes first), 200 (anything goes).
 */
class RtspRouteDiscoveryTest {

    private static final String CHALLENGE = "WWW-Authenticate: Digest realm=\"IP Camera(E6990)\", "
            + "nonce=\"921e0ab66f8f6763ef05ecb06c4c86a0\", stale=\"FALSE\"";
    private static final DigestVerifier ADMIN_12345 =
            new DigestVerifier("IP Camera(E6990)", "921e0ab66f8f6763ef05ecb06c4c86a0", "admin", "12345");

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final RtspLoginModule module = new RtspLoginModule(
            new RtspClient(watchdog, Duration.ofSeconds(2), Duration.ofSeconds(2)), RtspRoutes.bundled(),
            new SplittableRandom(5));
    private final Optional<VendorProfile> hikvision = DefaultCredentials.bundled().vendor("Hikvision");

    @AfterEach
    void stop() {
        watchdog.shutdownNow();
    }

    private static InetAddress bind() throws Exception {
        return InetAddress.getByName("127.63.1.1");
    }

    private static boolean isRoute(ReceivedRequest r, String path) {
        return r.uri().endsWith(path);
    }

    private List<LoginTarget> targets(FakeRtspServer s, Optional<VendorProfile> vendor) {
        return module.targets(s.address().getHostAddress(), List.of(
                new dev.blindspot.inventory.OpenPort(s.address().getHostAddress(), s.port(), "rtsp"),
                new dev.blindspot.inventory.RtspObservation(s.address().getHostAddress(), s.port(), "OPTIONS", "/",
                        dev.blindspot.scan.ProbeOutcome.answered(new dev.blindspot.inventory.RtspReply(200, "OK",
                                dev.blindspot.inventory.Headers.of(List.of()), "")))), vendor);
    }

    @Test
    void routesFirstDeviceGetsTheVendorRouteThatChallenges() throws Exception {
        try (FakeRtspServer s = FakeRtspServer.answering(bind(), r -> {
            if (!isRoute(r, "/Streaming/Channels/101")) {
                return Samples.status(404, "Not Found", "CSeq: " + r.cseq());
            }
            return ADMIN_12345.accepts(r) ? Samples.status(200, "OK", "CSeq: " + r.cseq())
                    : Samples.status(401, "Unauthorized", "CSeq: " + r.cseq(), CHALLENGE);
        })) {
            List<LoginTarget> targets = targets(s, hikvision);
            assertThat(targets).singleElement().satisfies(t -> assertThat(t.path()).isEqualTo("/Streaming/Channels/101"));
            // one random path, then the vendor's first route
            assertThat(s.requests()).hasSize(2).noneMatch(ReceivedRequest::authenticated);
            assertThat(s.requests().getFirst().uri()).contains(RtspProbe.RANDOM_PATH_PREFIX);

            LoginAttempt ok = module.attempt(targets.getFirst(), "admin", new Secret("12345"));
            assertThat(ok).isEqualTo(new LoginAttempt(new LoginResult.Accepted(), "rtsp-digest"));
            LoginAttempt wrong = module.attempt(targets.getFirst(), "admin", new Secret("admin"));
            assertThat(wrong.result()).isEqualTo(new LoginResult.Rejected());
        }
    }

    @Test
    void credentialsFirstDeviceTakesANotFoundAfterCredentialsAsAccepted() throws Exception {
        try (FakeRtspServer s = FakeRtspServer.answering(bind(), r -> !ADMIN_12345.accepts(r)
                ? Samples.status(401, "Unauthorized", "CSeq: " + r.cseq(), CHALLENGE)
                : Samples.status(404, "Not Found", "CSeq: " + r.cseq()))) {
            List<LoginTarget> targets = targets(s, Optional.empty());
            assertThat(targets).singleElement().satisfies(t -> assertThat(t.path()).isEqualTo("/"));
            assertThat(s.requests()).hasSize(1); // the random path only: every path challenges

            assertThat(module.attempt(targets.getFirst(), "admin", new Secret("12345")).result())
                    .isEqualTo(new LoginResult.Accepted());
            assertThat(module.attempt(targets.getFirst(), "admin", new Secret("nope")).result())
                    .isEqualTo(new LoginResult.Rejected());
        }
    }

    @Test
    void aDeviceThatAnswersAnyPathWithoutCredentialsIsNotALoginTarget() throws Exception {
        try (FakeRtspServer s = FakeRtspServer.answering(bind(), r -> Samples.status(200, "OK", "CSeq: " + r.cseq()))) {
            assertThat(targets(s, hikvision)).isEmpty();
            assertThat(s.requests()).hasSize(1).noneMatch(ReceivedRequest::authenticated);
        }
    }

    @Test
    void discoveryStopsAtItsCap() throws Exception {
        try (FakeRtspServer s = FakeRtspServer.answering(bind(),
                r -> Samples.status(404, "Not Found", "CSeq: " + r.cseq()))) {
            assertThat(targets(s, hikvision)).isEmpty();
            assertThat(s.requests()).hasSize(1 + RtspLoginModule.MAX_DISCOVERY_REQUESTS)
                    .noneMatch(ReceivedRequest::authenticated);
        }
    }
}
