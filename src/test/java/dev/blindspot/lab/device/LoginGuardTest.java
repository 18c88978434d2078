package dev.blindspot.lab.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginGuardTest {

    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void locksOneClientAfterTheThresholdUntilTheTimeIsUp() throws Exception {
        LoginGuard guard = new LoginGuard(3, Duration.ofMinutes(30));
        InetAddress a = InetAddress.getByName("127.0.0.1");
        InetAddress b = InetAddress.getByName("127.0.0.2");

        guard.failed(a, T);
        guard.failed(a, T);
        assertThat(guard.lockRemaining(a, T)).isEmpty();
        guard.failed(a, T);
        assertThat(guard.lockRemaining(a, T)).contains(Duration.ofMinutes(30));
        assertThat(guard.lockRemaining(a, T.plusSeconds(600))).contains(Duration.ofMinutes(20));
        assertThat(guard.lockRemaining(b, T)).as("other clients are not locked").isEmpty();
        assertThat(guard.lockRemaining(a, T.plus(Duration.ofMinutes(30)))).isEmpty();
    }

    @Test
    void successResetsTheCountAndZeroThresholdNeverLocks() throws Exception {
        InetAddress a = InetAddress.getByName("127.0.0.1");
        LoginGuard guard = new LoginGuard(2, Duration.ofMinutes(5));
        guard.failed(a, T);
        guard.succeeded(a);
        guard.failed(a, T);
        assertThat(guard.lockRemaining(a, T)).isEmpty();

        LoginGuard off = new LoginGuard(0, Duration.ofMinutes(5));
        for (int i = 0; i < 100; i++) {
            off.failed(a, T);
        }
        assertThat(off.lockRemaining(a, T)).isEmpty();
    }
}
