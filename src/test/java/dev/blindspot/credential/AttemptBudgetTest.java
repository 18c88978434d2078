package dev.blindspot.credential;

import dev.blindspot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.LoginResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AttemptBudgetTest {

    private static final String HOST = "192.0.2.10";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AttemptBudget budget = new AttemptBudget(clock);

    private void fail(String host, String user) {
        assertThat(budget.tryAcquire(host, user)).isInstanceOf(BudgetDecision.Granted.class);
        budget.record(host, user, new LoginResult.Rejected());
    }

    @Test
    void threeFailuresPerAccountThenDenied() {
        fail(HOST, "admin");
        fail(HOST, "admin");
        fail(HOST, "admin");

        BudgetDecision d = budget.tryAcquire(HOST, "admin");
        assertThat(d).isInstanceOf(BudgetDecision.Denied.class);
        assertThat(((BudgetDecision.Denied) d).hostWide()).isFalse();
        assertThat(budget.tryAcquire(HOST, "root")).isInstanceOf(BudgetDecision.Granted.class);
        assertThat(budget.tryAcquire("192.0.2.11", "admin")).isInstanceOf(BudgetDecision.Granted.class);
    }

    @Test
    void slidingWindowForgetsOldFailures() {
        fail(HOST, "admin");
        clock.advance(Duration.ofMinutes(10));
        fail(HOST, "admin");
        fail(HOST, "admin");
        clock.advance(Duration.ofMinutes(19));
        assertThat(budget.tryAcquire(HOST, "admin")).as("first failure still inside 30 min")
                .isInstanceOf(BudgetDecision.Denied.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(budget.tryAcquire(HOST, "admin")).as("first failure is 30 min old")
                .isInstanceOf(BudgetDecision.Granted.class);
        budget.record(HOST, "admin", new LoginResult.Rejected());
        assertThat(budget.tryAcquire(HOST, "admin")).isInstanceOf(BudgetDecision.Denied.class);
    }

    @Test
    void failedAndLockoutCountAsFailuresAcceptedDoesNot() {
        budget.tryAcquire(HOST, "admin");
        budget.record(HOST, "admin", new LoginResult.Failed("timed out"));
        budget.tryAcquire(HOST, "admin");
        budget.record(HOST, "admin", new LoginResult.Failed("timed out"));
        budget.tryAcquire(HOST, "admin");
        budget.record(HOST, "admin", new LoginResult.Failed("timed out"));

        assertThat(budget.tryAcquire(HOST, "admin")).isInstanceOf(BudgetDecision.Denied.class);
    }

    @Test
    void vendorThresholdLowersAccountAndDeviceLimits() {
        budget.applyLockoutThreshold(HOST, 3);
        fail(HOST, "admin");
        fail(HOST, "admin");
        assertThat(budget.tryAcquire(HOST, "admin")).isInstanceOf(BudgetDecision.Denied.class);

        budget.applyLockoutThreshold(HOST, 10);
        assertThat(budget.tryAcquire(HOST, "admin")).as("a higher threshold never raises the limit")
                .isInstanceOf(BudgetDecision.Denied.class);
        BudgetDecision other = budget.tryAcquire(HOST, "root");
        assertThat(other).as("device-wide cap of threshold-1 = 2 failures").isInstanceOf(BudgetDecision.Denied.class);
        assertThat(((BudgetDecision.Denied) other).hostWide()).isTrue();
    }

    @Test
    void deviceWideCapSpansAccounts() {
        AttemptBudget tight = new AttemptBudget(clock, 3, 4, Duration.ofMinutes(30));
        for (String user : List.of("admin", "admin", "root", "root")) {
            assertThat(tight.tryAcquire(HOST, user)).isInstanceOf(BudgetDecision.Granted.class);
            tight.record(HOST, user, new LoginResult.Rejected());
        }
        assertThat(tight.tryAcquire(HOST, "888888")).isInstanceOf(BudgetDecision.Denied.class);
    }

    @Test
    void stopHostDeniesEverythingForThatHostOnly() {
        budget.stopHost(HOST, "lockout seen on RTSP");

        BudgetDecision d = budget.tryAcquire(HOST, "root");
        assertThat(d).isInstanceOf(BudgetDecision.Denied.class);
        assertThat(((BudgetDecision.Denied) d).reason()).contains("lockout seen on RTSP");
        assertThat(((BudgetDecision.Denied) d).hostWide()).isTrue();
        assertThat(budget.tryAcquire("192.0.2.11", "root")).isInstanceOf(BudgetDecision.Granted.class);
    }

    @Test
    void lockoutSignalStopsTheHost() {
        budget.tryAcquire(HOST, "admin");
        budget.record(HOST, "admin", new LoginResult.LockoutSignal("HTTP 403 Forbidden"));

        assertThat(budget.closedBecause(HOST)).hasValueSatisfying(r -> assertThat(r).contains("403"));
        assertThat(budget.tryAcquire(HOST, "root")).isInstanceOf(BudgetDecision.Denied.class);
    }

    @Test
    void firstSuccessStopsTheDevice() {
        budget.tryAcquire(HOST, "admin");
        budget.record(HOST, "admin", new LoginResult.Accepted());

        assertThat(budget.tryAcquire(HOST, "root")).isInstanceOf(BudgetDecision.Denied.class);
    }

    @Test
    void concurrentAcquiresNeverGrantMoreThanTheLimit() throws Exception {
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> budget.tryAcquire(HOST, "admin") instanceof BudgetDecision.Granted);
        }
        int granted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                granted += f.get() ? 1 : 0;
            }
        }
        assertThat(granted).as("granted but unrecorded attempts count against the limit").isEqualTo(3);
    }

    @Test
    void failuresOverAnyProtocolAndPortCountAgainstTheSameAccount() {
        // HTTP Digest on 80, RTSP on 554, ONVIF on 8000, then a Telnet or DVRIP login: one account, one budget
        for (String protocol : List.of("http-digest", "rtsp-digest", "onvif-wsse")) {
            assertThat(budget.tryAcquire(HOST, "admin")).as(protocol).isInstanceOf(BudgetDecision.Granted.class);
            budget.record(HOST, "admin", new LoginResult.Rejected());
        }
        assertThat(budget.tryAcquire(HOST, "admin")).as("telnet after three failures elsewhere")
                .isInstanceOf(BudgetDecision.Denied.class);
        assertThat(budget.tryAcquire(HOST, "root")).isInstanceOf(BudgetDecision.Granted.class);
    }

    @Test
    void maxAttemptsIsConfigurableAndAVendorLockoutLowersIt() {
        AttemptBudget five = AttemptBudget.withMaxAttempts(clock, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(five.tryAcquire(HOST, "admin")).isInstanceOf(BudgetDecision.Granted.class);
            five.record(HOST, "admin", new LoginResult.Rejected());
        }
        assertThat(five.tryAcquire(HOST, "admin")).isInstanceOf(BudgetDecision.Denied.class);

        AttemptBudget locking = AttemptBudget.withMaxAttempts(clock, 5);
        locking.applyLockoutThreshold(HOST, 3);
        for (int i = 0; i < 2; i++) {
            assertThat(locking.tryAcquire(HOST, "admin")).isInstanceOf(BudgetDecision.Granted.class);
            locking.record(HOST, "admin", new LoginResult.Rejected());
        }
        assertThat(locking.tryAcquire(HOST, "admin")).as("min(threshold - 1, N) = 2")
                .isInstanceOf(BudgetDecision.Denied.class);
        assertThat(locking.tryAcquire("192.0.2.99", "admin")).as("other devices keep N")
                .isInstanceOf(BudgetDecision.Granted.class);
    }

    @Test
    void aHostThatStartsRefusingAfterAnsweringIsStopped() {
        fail(HOST, "admin");
        assertThat(budget.tryAcquire(HOST, "root")).isInstanceOf(BudgetDecision.Granted.class);
        budget.record(HOST, "root", new LoginResult.Failed("connection refused"));

        assertThat(budget.closedBecause(HOST)).hasValueSatisfying(r -> assertThat(r).contains("refuses connections"));
        assertThat(budget.tryAcquire(HOST, "guest")).isInstanceOf(BudgetDecision.Denied.class);
    }

    @Test
    void aPortThatWasNeverOpenIsNotALockoutSignal() {
        assertThat(budget.tryAcquire(HOST, "admin")).isInstanceOf(BudgetDecision.Granted.class);
        budget.record(HOST, "admin", new LoginResult.Failed("connection refused"));
        assertThat(budget.closedBecause(HOST)).isEmpty();
    }
}
