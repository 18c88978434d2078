package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.LoginResult;
import dev.blindspot.testing.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link AttemptBudget#tryAcquireConfirmation}: the accepted account on another protocol, still within limits. */
class AttemptBudgetConfirmationTest {

    private static final String HOST = "127.63.9.2";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void afterAnAcceptedLoginOnlyConfirmationsAreGranted() {
        AttemptBudget budget = new AttemptBudget(clock);
        assertThat(budget.tryAcquire(HOST, "admin")).isInstanceOf(BudgetDecision.Granted.class);
        budget.record(HOST, "admin", new LoginResult.Accepted());

        assertThat(budget.tryAcquire(HOST, "root")).isInstanceOf(BudgetDecision.Denied.class);
        assertThat(budget.tryAcquireConfirmation(HOST, "admin")).isInstanceOf(BudgetDecision.Granted.class);
    }

    @Test
    void confirmationsCountAndStopAtTheLimitsAndAtALockout() {
        AttemptBudget budget = new AttemptBudget(clock, 2, 6, AttemptBudget.DEFAULT_WINDOW);
        budget.tryAcquire(HOST, "admin");
        budget.record(HOST, "admin", new LoginResult.Rejected());
        budget.tryAcquire(HOST, "admin");
        budget.record(HOST, "admin", new LoginResult.Accepted());
        budget.tryAcquireConfirmation(HOST, "admin");
        budget.record(HOST, "admin", new LoginResult.Rejected());
        // two failures for admin: the account budget is spent for confirmations too
        assertThat(budget.tryAcquireConfirmation(HOST, "admin")).isInstanceOf(BudgetDecision.Denied.class);

        AttemptBudget other = new AttemptBudget(clock);
        other.tryAcquire(HOST, "admin");
        other.record(HOST, "admin", new LoginResult.Accepted());
        other.stopHost(HOST, "HTTP 429");
        assertThat(other.tryAcquireConfirmation(HOST, "admin")).isInstanceOf(BudgetDecision.Denied.class);
    }
}
