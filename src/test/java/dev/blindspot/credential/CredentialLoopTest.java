package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The multi-protocol loop of {@link CredentialProber} with scripted modules (no network). */
class CredentialLoopTest {

    private static final String HOST = "127.63.9.1";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<String> calls = new ArrayList<>();

    /** A module answering from a script: (username, password) -> result. */
    private final class Scripted implements LoginModule {
        private final String name;
        private final String key;
        private final int targets;
        private final BiFunction<String, String, LoginResult> script;

        Scripted(String name, String key, int targets, BiFunction<String, String, LoginResult> script) {
            this.name = name;
            this.key = key;
            this.targets = targets;
            this.script = script;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String credentialProtocol() {
            return key;
        }

        @Override
        public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
            List<LoginTarget> out = new ArrayList<>();
            for (int i = 0; i < targets; i++) {
                out.add(new LoginTarget(address, 1000 + i, false, "/"));
            }
            return out;
        }

        @Override
        public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
            calls.add(name + ":" + target.port() + ":" + username + ":" + password.reveal());
            return new LoginAttempt(script.apply(username, password.reveal()), name);
        }
    }

    private static DefaultCredential pair(String user, String password, String... protocols) {
        return new DefaultCredential("Generic", Set.of(protocols), user, new Secret(password), "mirai");
    }

    private static final List<DefaultCredential> DATA = List.of(pair("admin", "12345", "http", "rtsp"),
            pair("admin", "admin", "http", "rtsp", "onvif"), pair("root", "root", "rtsp", "onvif"),
            pair("admin", "", "onvif"));

    private static CandidateSource source() {
        return (address, identity, protocol) -> DATA.stream().filter(c -> c.appliesTo(protocol)).toList();
    }

    private List<LoginObservation> run(AttemptBudget budget, LoginModule... modules) {
        Identity id = new Identity(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(DeviceClass.CAMERA),
                List.of());
        return new CredentialProber(DefaultCredentials.bundled(), source(), null)
                .probe(HOST, List.of(), id, budget, List.of(modules));
    }

    private static BiFunction<String, String, LoginResult> accepts(String user, String password) {
        return (u, p) -> u.equals(user) && p.equals(password) ? new LoginResult.Accepted() : new LoginResult.Rejected();
    }

    @Test
    void eachPairOnceOnItsFirstProtocolThenTheWinnerConfirmedOnTheOthers() {
        run(new AttemptBudget(clock), new Scripted("http", "http", 1, accepts("root", "root")),
                new Scripted("rtsp", "rtsp", 1, accepts("root", "root")),
                new Scripted("onvif", "onvif", 1, accepts("root", "root")));
        // root/root is listed for rtsp and onvif only: its first protocol is rtsp; confirmed on onvif, never http
        assertThat(calls).containsExactly("http:1000:admin:12345", "http:1000:admin:admin", "rtsp:1000:root:root",
                "onvif:1000:root:root");
    }

    @Test
    void oneBudgetPerAccountAcrossProtocols() {
        List<LoginObservation> made = run(new AttemptBudget(clock, 1, 6, AttemptBudget.DEFAULT_WINDOW),
                new Scripted("http", "http", 1, accepts("nobody", "x")),
                new Scripted("onvif", "onvif", 1, accepts("nobody", "x")));
        // admin may fail once on this device, whatever the protocol: admin/admin and admin/"" are never sent
        assertThat(calls).containsExactly("http:1000:admin:12345", "onvif:1000:root:root");
        assertThat(made).hasSize(2);
    }

    @Test
    void aTargetThatDoesNotAnswerPassesThePairToTheNextTargetThenTheNextProtocol() {
        run(new AttemptBudget(clock), new Scripted("http", "http", 2, (u, p) -> new LoginResult.Failed("timed out")),
                new Scripted("rtsp", "rtsp", 1, accepts("admin", "12345")));
        assertThat(calls).containsExactly("http:1000:admin:12345", "http:1001:admin:12345", "rtsp:1000:admin:12345");
    }

    @Test
    void aLockoutSignalStopsEveryProtocol() {
        List<LoginObservation> made = run(new AttemptBudget(clock),
                new Scripted("http", "http", 1, (u, p) -> new LoginResult.LockoutSignal("HTTP 403 Forbidden")),
                new Scripted("rtsp", "rtsp", 1, accepts("admin", "12345")));
        assertThat(calls).containsExactly("http:1000:admin:12345");
        assertThat(made).singleElement().satisfies(o -> assertThat(o.result()).isInstanceOf(LoginResult.LockoutSignal.class));
    }

    @Test
    void aLockoutSignalDuringConfirmationStopsTheRest() {
        AttemptBudget budget = new AttemptBudget(clock);
        // admin/admin is listed for http, rtsp and onvif: accepted on http, the rtsp confirmation meets a lockout
        run(budget, new Scripted("http", "http", 1, accepts("admin", "admin")),
                new Scripted("rtsp", "rtsp", 1, (u, p) -> new LoginResult.LockoutSignal("RTSP 453")),
                new Scripted("onvif", "onvif", 1, accepts("admin", "admin")));
        assertThat(calls).containsExactly("http:1000:admin:12345", "http:1000:admin:admin", "rtsp:1000:admin:admin");
        assertThat(budget.closedBecause(HOST)).hasValueSatisfying(r -> assertThat(r).contains("RTSP 453"));
    }
}
