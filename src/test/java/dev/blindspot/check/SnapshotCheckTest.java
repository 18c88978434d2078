package dev.blindspot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.SnapshotUnauthenticated;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.protocol.snapshot.SnapshotPaths;
import dev.blindspot.scan.ProbeOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** snapshot-unauthenticated over hand-made observations: FAIL/PASS/UNKNOWN and the anonymous-viewer wording. */
class SnapshotCheckTest {

    private final SnapshotUnauthenticated check = new SnapshotUnauthenticated(SnapshotPaths.bundled());

    private static VendorApiObservation snap(String address, int status, String jpeg, String truncated) {
        return new VendorApiObservation(address, 80, "snapshot", ProbeOutcome.answered(new VendorApiReply(status,
                Map.of("path", "/axis-cgi/jpg/image.cgi", "contentType", "image/jpeg", "jpeg", jpeg, "size", "4194",
                        "truncated", truncated))));
    }

    private static VendorApiObservation config(String address, int status) {
        return new VendorApiObservation(address, 80, "snapshot.config", ProbeOutcome.answered(new VendorApiReply(status,
                Map.of("path", "/axis-cgi/param.cgi?action=list&group=root.Network"))));
    }

    private static Identity axis() {
        return new Identity(Optional.of("Axis"), Optional.of("Axis"), Optional.empty(), Optional.empty(),
                Optional.of(DeviceClass.CAMERA), Optional.empty(), List.of(), List.of());
    }

    private CheckResult only(List<Observation> observations) {
        Inventory inventory = Inventory.of(observations, Map.of("10.0.0.1", axis()));
        List<CheckResult> results = check.evaluate(inventory);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void jpegWithConfigBehindLoginIsAnonymousViewing() {
        CheckResult r = only(List.of(snap("10.0.0.1", 200, "yes", "no"), config("10.0.0.1", 401)));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.evidence()).contains("/axis-cgi/jpg/image.cgi", "4194 bytes", "image/jpeg",
                "anonymous viewing enabled", "Allow anonymous viewers");
        assertThat(r.confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void jpegWithConfigOpenTooIsAuthenticationOff() {
        CheckResult r = only(List.of(snap("10.0.0.1", 200, "yes", "no"), config("10.0.0.1", 200)));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.evidence()).contains("authentication looks off").doesNotContain("anonymous viewing enabled");
    }

    @Test
    void truncatedJpegIsOnlyLikely() {
        CheckResult r = only(List.of(snap("10.0.0.1", 200, "yes", "yes")));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.confidence()).isEqualTo(Confidence.LIKELY);
    }

    @Test
    void refusalPassesAndNothingUsefulIsUnknown() {
        assertThat(only(List.of(snap("10.0.0.1", 401, "no", "no"))).verdict()).isEqualTo(Verdict.PASS);
        assertThat(only(List.of(snap("10.0.0.1", 200, "no", "no"))).verdict().wireName()).isEqualTo("unknown");
        assertThat(only(List.of(new VendorApiObservation("10.0.0.1", 80, "snapshot",
                new ProbeOutcome.TimedOut<>(java.time.Duration.ofSeconds(3))))).verdict().wireName())
                .isEqualTo("unknown");
        assertThat(check.evaluate(Inventory.of(List.of()))).isEmpty();
    }
}
