package dev.blindspot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.FrigateUnauthenticatedApi;
import dev.blindspot.check.rules.ZoneMinderAuthDisabled;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.scan.ProbeOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** frigate-unauthenticated-api and zoneminder-auth-disabled on hand-built inventories. */
class VmsAccessChecksTest {

    private static final String A = "127.64.0.9";

    private static VendorApiObservation api(int port, String api, int status, Map<String, String> fields) {
        return new VendorApiObservation(A, port, api, ProbeOutcome.answered(new VendorApiReply(status, fields)));
    }

    private static List<CheckResult> run(Check check, Observation... obs) {
        return check.evaluate(Inventory.of(List.of(obs)));
    }

    @Test
    void frigateStatsAnsweredWithoutLoginFailsOnThatPortOnly() {
        List<CheckResult> r = run(new FrigateUnauthenticatedApi(),
                api(5000, "frigate.stats", 200, Map.of("version", "0.14.1-f4f3cfa", "cameras", "2")),
                api(8971, "frigate.stats", 401, Map.of()),
                api(5000, "frigate.version", 200, Map.of("version", "0.14.1-f4f3cfa")));
        assertThat(r).hasSize(2);
        CheckResult open = r.stream().filter(c -> c.port().orElseThrow() == 5000).findFirst().orElseThrow();
        assertThat(open.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(open.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(open.evidence()).contains("/api/stats", "0.14.1-f4f3cfa", "2 camera(s)");
        CheckResult closed = r.stream().filter(c -> c.port().orElseThrow() == 8971).findFirst().orElseThrow();
        assertThat(closed.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void frigateAnswerWithoutStatsIsUnknownAndTimeoutsSayWhy() {
        List<CheckResult> r = run(new FrigateUnauthenticatedApi(), api(5000, "frigate.stats", 200, Map.of()));
        assertThat(r).singleElement().extracting(CheckResult::verdict).isInstanceOf(Verdict.Unknown.class);
        r = run(new FrigateUnauthenticatedApi(), new VendorApiObservation(A, 5000, "frigate.stats",
                new ProbeOutcome.TimedOut<>(java.time.Duration.ofSeconds(3))));
        assertThat(r).singleElement().extracting(CheckResult::verdict).isInstanceOf(Verdict.Unknown.class);
    }

    @Test
    void zoneMinderVersionWithoutTokenFails() {
        List<CheckResult> r = run(new ZoneMinderAuthDisabled(),
                api(80, "zoneminder.version", 200, Map.of("version", "1.36.33", "apiversion", "2.0")));
        assertThat(r).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(c.evidence()).contains("1.36.33", "ZM_OPT_USE_AUTH");
        });
    }

    @Test
    void zoneMinderCakeErrorPassesAndOtherServersAreNotJudged() {
        assertThat(run(new ZoneMinderAuthDisabled(), api(80, "zoneminder.version", 401,
                Map.of("error", "Not Authenticated", "exception", "UnauthorizedException"))))
                .singleElement().extracting(CheckResult::verdict).isEqualTo(Verdict.PASS);
        // an ordinary Apache/nginx answering 404 (or 200 with a page) to the same path
        assertThat(run(new ZoneMinderAuthDisabled(), api(80, "zoneminder.version", 404, Map.of()),
                api(8080, "zoneminder.version", 200, Map.of()))).isEmpty();
    }
}
