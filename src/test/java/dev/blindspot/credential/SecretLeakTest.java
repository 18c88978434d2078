package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.credential.FakeCamera.Auth;
import dev.blindspot.credential.FakeCamera.Lock;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The password appears nowhere but the Authorization header: not in toString, results or log lines. */
class SecretLeakTest {

    private static final String PASSWORD = "Wombat-Secret-4711";

    @Test
    void loginObservationToStringAndLogLineMaskThePassword() {
        LoginObservation o = new LoginObservation("192.0.2.5", 80, "http-digest", "admin", new Secret(PASSWORD),
                "default:Hikvision", new LoginResult.Accepted());

        assertThat(o.toString()).doesNotContain(PASSWORD).contains("****");
        assertThat(AttemptLog.describe(o)).doesNotContain(PASSWORD).contains("password=****");
        assertThat(AttemptLog.describe(new LoginObservation("192.0.2.5", 80, "http", "admin", new Secret(""),
                "default:Xiongmai", new LoginResult.Rejected()))).contains("password=(blank)");
    }

    @Test
    void defaultCredentialToStringMasksThePassword() {
        DefaultCredential c = new DefaultCredential("Generic", Set.of("http"), "admin", new Secret(PASSWORD), "test");

        assertThat(c.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aWholeProbeLogsAndReturnsNoPassword() throws Exception {
        DefaultCredentials defaults = DefaultCredentialsTest.fixture("prober-test-defaults.yaml");
        List<String> passwords = defaults.all().stream().map(c -> c.password().reveal()).toList();
        Logger jul = Logger.getLogger(CredentialProber.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level before = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
        try (HttpLogin http = new HttpLogin(HttpLogin.Settings.defaults());
             FakeCamera cam = FakeCamera.start(Auth.BASIC, Map.of("admin", "not-a-default"), Set.of(),
                     Lock.FORBIDDEN, 2)) {
            List<LoginObservation> made = new CredentialProber(defaults, http).probe("127.0.0.1",
                    List.of(CredentialProberTest.reply(cam.port(), "/", 401, CredentialProberTest.BASIC_CHALLENGE)),
                    CredentialProberTest.vendor("Dahua"), new AttemptBudget(Clock.systemUTC(), 3, 6, Duration.ofMinutes(30)));

            assertThat(made).isNotEmpty();
            assertThat(records).as("the probe logged its attempts").hasSizeGreaterThanOrEqualTo(made.size());
            List<String> texts = new ArrayList<>(records.stream().map(LogRecord::getMessage).toList());
            made.forEach(o -> texts.add(o.toString()));
            for (String text : texts) {
                for (String p : passwords) {
                    assertThat(text).doesNotContain(p);
                }
            }
        } finally {
            jul.removeHandler(capture);
            jul.setLevel(before);
        }
    }

    @Test
    void operatorAndWeakCandidatesAreNeitherLoggedNorShownEither() throws Exception {
        OperatorCredentials operator = OperatorCredentials.parse(new java.io.ByteArrayInputStream(
                "credentials:\n  - {address: 127.0.0.1, username: admin, password_env: OP_PW}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ops.yaml", n -> java.util.Optional.of(PASSWORD));
        DefaultCredentials defaults = DefaultCredentials.bundled();
        CandidatePlan plan = new CandidatePlan(java.util.Optional.of(operator), defaults, true);
        Logger jul = Logger.getLogger(CredentialProber.class.getName());
        List<String> messages = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                messages.add(r.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level before = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
        try (HttpLogin http = new HttpLogin(HttpLogin.Settings.defaults());
             FakeCamera cam = FakeCamera.start(Auth.BASIC, Map.of("admin", "something-else"), Set.of(),
                     Lock.FORBIDDEN, 50)) {
            List<LoginObservation> made = new CredentialProber(defaults, plan, http).probe("127.0.0.1",
                    List.of(CredentialProberTest.reply(cam.port(), "/", 401, CredentialProberTest.BASIC_CHALLENGE)),
                    CredentialProberTest.vendor("Axis"), AttemptBudget.withMaxAttempts(Clock.systemUTC(), 10));

            assertThat(made).first().satisfies(o -> assertThat(o.source()).isEqualTo("operator"));
            assertThat(made).anySatisfy(o -> assertThat(o.source()).startsWith("weak:"));
            assertThat(messages).isNotEmpty();
            made.forEach(o -> messages.add(o.toString()));
            List<String> secrets = new ArrayList<>(List.of(PASSWORD));
            defaults.weakPasswords().forEach(p -> secrets.add(p.reveal()));
            for (String text : messages) {
                for (String p : secrets) {
                    assertThat(text).doesNotContain("password=" + p).doesNotContain(PASSWORD);
                }
            }
        } finally {
            jul.removeHandler(capture);
            jul.setLevel(before);
        }
    }
}
