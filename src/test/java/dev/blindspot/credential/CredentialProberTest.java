package dev.blindspot.credential;

import dev.blindspot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.credential.FakeCamera.Auth;
import dev.blindspot.credential.FakeCamera.Lock;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialProberTest {

    static final String HOST = "127.0.0.1";
    /** The challenge of a real Dahua device (shared/samples/dahua/http_401_digest_apidoc_example.http). */
    static final String DIGEST_CHALLENGE =
            "Digest realm=\"DH_00408CA5EA04\", nonce=\"000562fdY631973ef04f77a3ede7c1832ff48720ef95ad\", stale=FALSE, qop=\"auth\"";
    static final String BASIC_CHALLENGE = "Basic realm=\"Device_CGI\"";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private HttpLogin http;

    @BeforeEach
    void open() {
        http = new HttpLogin(new HttpLogin.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4),
                16 * 1024));
    }

    @AfterEach
    void close() {
        http.close();
    }

    static HttpObservation reply(int port, String path, int status, String... wwwAuthenticate) {
        List<Header> headers = java.util.Arrays.stream(wwwAuthenticate).map(v -> new Header("WWW-Authenticate", v)).toList();
        HttpReply r = new HttpReply(status, status == 401 ? "Unauthorized" : "OK", Headers.of(headers), "",
                Optional.empty(), Optional.empty(), Optional.empty());
        return new HttpObservation(HOST, port, false, "GET", path, ProbeOutcome.answered(r));
    }

    static Identity vendor(String name) {
        return new Identity(Optional.of(name), Optional.empty(), Optional.empty(), Optional.of(DeviceClass.CAMERA),
                List.of());
    }

    private List<LoginObservation> probe(DefaultCredentials defaults, List<Observation> obs, Identity id,
                                         AttemptBudget budget) {
        return new CredentialProber(defaults, http).probe(HOST, obs, id, budget);
    }

    @Test
    void hikvisionDefaultFoundWithDigest() throws IOException {
        try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("admin", "12345"))) {
            List<LoginObservation> made = probe(DefaultCredentials.bundled(),
                    List.of(reply(cam.port(), "/ISAPI/Security/userCheck", 401, DIGEST_CHALLENGE)),
                    vendor("Hikvision"), new AttemptBudget(clock));

            assertThat(made).hasSize(1);
            LoginObservation o = made.getFirst();
            assertThat(o.result()).isEqualTo(new LoginResult.Accepted());
            assertThat(o.protocol()).isEqualTo("http-digest");
            assertThat(o.source()).isEqualTo("default:Hikvision");
            assertThat(o.username()).isEqualTo("admin");
            assertThat(o.port()).isEqualTo(cam.port());
            assertThat(cam.attempts("admin")).isEqualTo(1);
        }
    }

    @Test
    void axisDefaultFoundWithBasic() throws IOException {
        try (FakeCamera cam = FakeCamera.start(Auth.BASIC, Map.of("root", "pass"))) {
            List<LoginObservation> made = probe(DefaultCredentials.bundled(),
                    List.of(reply(cam.port(), "/", 401, BASIC_CHALLENGE)), vendor("Axis Communications"),
                    new AttemptBudget(clock));

            assertThat(made).extracting(LoginObservation::result).containsExactly(new LoginResult.Accepted());
            assertThat(made.getFirst().protocol()).isEqualTo("http-basic");
            assertThat(made.getFirst().source()).isEqualTo("default:Axis");
        }
    }

    @Test
    void stopsAtFirstSuccess() throws IOException {
        DefaultCredentials defaults = DefaultCredentialsTest.fixture("prober-test-defaults.yaml");
        try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("888888", "Wombat-888888", "666666", "Wombat-666666"))) {
            List<LoginObservation> made = probe(defaults,
                    List.of(reply(cam.port(), "/cgi-bin/magicBox.cgi?action=getDeviceType", 401, DIGEST_CHALLENGE)),
                    vendor("Dahua"), new AttemptBudget(clock));

            assertThat(made).extracting(LoginObservation::username).containsExactly("admin", "888888");
            assertThat(made).extracting(LoginObservation::result)
                    .containsExactly(new LoginResult.Rejected(), new LoginResult.Accepted());
            assertThat(cam.totalAttempts()).isEqualTo(2);
            assertThat(cam.attempts("666666")).isZero();
        }
    }

    @Test
    void neverMoreFailuresThanTheBudgetPerAccountPerDevice() throws IOException {
        DefaultCredentials defaults = DefaultCredentialsTest.fixture("prober-test-defaults.yaml");
        AttemptBudget budget = new AttemptBudget(clock);
        try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("admin", "not-a-default"))) {
            List<Observation> obs = List.of(reply(cam.port(), "/ISAPI/Security/userCheck", 401, DIGEST_CHALLENGE));

            List<LoginObservation> made = probe(defaults, obs, vendor("Hikvision"), budget);
            // 7 admin candidates (4 Hikvision + 3 Generic); lockout threshold 5 -> at most min(3, 4) failures.
            assertThat(cam.failures("admin")).isEqualTo(3);
            assertThat(made).hasSize(3).allSatisfy(o -> assertThat(o.result()).isEqualTo(new LoginResult.Rejected()));

            clock.advance(Duration.ofMinutes(10));
            assertThat(probe(defaults, obs, vendor("Hikvision"), budget)).as("same window, same budget").isEmpty();
            assertThat(cam.failures("admin")).isEqualTo(3);
        }
    }

    @Test
    void budgetIsSharedByAllPortsOfTheDevice() throws IOException {
        DefaultCredentials defaults = DefaultCredentialsTest.fixture("prober-test-defaults.yaml");
        try (FakeCamera web = FakeCamera.start(Auth.DIGEST, Map.of("admin", "not-a-default"));
             FakeCamera alt = FakeCamera.start(Auth.BASIC, Map.of("admin", "not-a-default"))) {
            List<Observation> obs = List.of(reply(web.port(), "/", 401, DIGEST_CHALLENGE),
                    reply(alt.port(), "/", 401, BASIC_CHALLENGE));

            List<LoginObservation> made = probe(defaults, obs, Identity.unknown(), new AttemptBudget(clock));

            assertThat(web.failures("admin") + alt.failures("admin")).isEqualTo(3);
            assertThat(made).hasSize(3);
        }
    }

    @Test
    void forbiddenAfterTwoFailuresStopsTheHost() throws IOException {
        lockoutStopsTheHost(Lock.FORBIDDEN);
    }

    @Test
    void hikvisionLockBodyAfterTwoFailuresStopsTheHost() throws IOException {
        lockoutStopsTheHost(Lock.HIKVISION_LOCK_BODY);
    }

    private void lockoutStopsTheHost(Lock lock) throws IOException {
        DefaultCredentials defaults = DefaultCredentialsTest.fixture("prober-test-defaults.yaml");
        AttemptBudget budget = new AttemptBudget(clock);
        try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("admin", "not-a-default"), Set.of(), lock, 2)) {
            List<Observation> obs = List.of(reply(cam.port(), "/", 401, DIGEST_CHALLENGE));

            List<LoginObservation> made = probe(defaults, obs, vendor("Dahua"), budget);

            assertThat(made).extracting(LoginObservation::username).containsExactly("admin", "888888", "666666");
            assertThat(made.getLast().result()).isInstanceOf(LoginResult.LockoutSignal.class);
            assertThat(budget.closedBecause(HOST)).isPresent();
            int seen = cam.totalAttempts() + cam.unauthenticatedRequests();

            assertThat(probe(defaults, obs, Identity.unknown(), budget)).isEmpty();
            assertThat(cam.totalAttempts() + cam.unauthenticatedRequests()).as("no request at all after lockout")
                    .isEqualTo(seen);
        }
    }

    @Test
    void vendorLoginPathIsTriedOnAnHttpPortThatDidNotChallenge() throws IOException {
        DefaultCredentials defaults = DefaultCredentialsTest.fixture("prober-test-defaults.yaml");
        try (FakeCamera cam = FakeCamera.start(Auth.DIGEST, Map.of("admin", "Wombat-Hik-1"),
                Set.of("/ISAPI/Security/userCheck"), Lock.NONE, Integer.MAX_VALUE)) {
            List<LoginObservation> made = probe(defaults, List.of(reply(cam.port(), "/", 200)),
                    vendor("Hikvision"), new AttemptBudget(clock));

            assertThat(made).extracting(LoginObservation::result).containsExactly(new LoginResult.Accepted());
        }
    }

    @Test
    void nothingDemandsAuthAndVendorUnknownMeansNoAttempt() throws IOException {
        DefaultCredentials defaults = DefaultCredentialsTest.fixture("prober-test-defaults.yaml");
        try (FakeCamera cam = FakeCamera.start(Auth.BASIC, Map.of("admin", "x"))) {
            List<Observation> obs = List.of(reply(cam.port(), "/", 200), reply(cam.port(), "/x", 401, "NTLM"));

            assertThat(probe(defaults, obs, Identity.unknown(), new AttemptBudget(clock))).isEmpty();
            assertThat(cam.totalAttempts() + cam.unauthenticatedRequests()).isZero();
        }
    }

    @Test
    void observationsOfOtherAddressesAreIgnored() {
        HttpObservation other = new HttpObservation("192.0.2.7", 80, false, "GET", "/", ProbeOutcome.answered(
                new HttpReply(401, "Unauthorized", Headers.of(List.of(new Header("WWW-Authenticate", BASIC_CHALLENGE))),
                        "", Optional.empty(), Optional.empty(), Optional.empty())));

        assertThat(HttpTargetPlanner.plan(HOST, List.of(other), Optional.empty())).isEmpty();
    }

    @Test
    void plannerPrefersTheVendorLoginPathAmongChallengedPaths() {
        VendorProfile hik = DefaultCredentials.bundled().vendor("Hikvision").orElseThrow();
        List<Observation> obs = List.of(reply(80, "/", 401, BASIC_CHALLENGE),
                reply(80, "/ISAPI/Security/userCheck", 401, DIGEST_CHALLENGE),
                reply(8080, "/doc/page/login.asp", 401, "Digest realm=\"x\", nonce=\"y\""),
                reply(8000, "/", 200));

        List<HttpTarget> plan = HttpTargetPlanner.plan(HOST, obs, Optional.of(hik));

        assertThat(plan).containsExactly(
                new HttpTarget(HOST, 80, false, "/ISAPI/Security/userCheck"),
                new HttpTarget(HOST, 8080, false, "/doc/page/login.asp"),
                new HttpTarget(HOST, 8000, false, "/ISAPI/Security/userCheck"));
    }
}
