package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.patch.AuditHistory;
import dev.blindspot.patch.AuditHistory.PreviousAudit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * With previous reports ({@code --baseline}, {@code --history}): FAIL for a surveillance device whose last audit is
 * more than {@link #MAX_DAYS} days before this scan, or which no previous report lists at its address as the same
 * device; PASS otherwise. Without previous reports it reports nothing: the reason is the same for every asset, so
 * the command line says it once in the report's notes instead of once per asset.
 */
public final class FirmwareAuditOverdue implements Check {

    public static final String ID = "firmware-audit-overdue";
    /** Longest tolerated gap between two audits of a device. */
    public static final int MAX_DAYS = 90;

    private final CheckOptions options;

    public FirmwareAuditOverdue(CheckOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        if (options.auditHistory().isEmpty()) {
            return List.of();
        }
        AuditHistory history = options.auditHistory().get();
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            Identity identity = inventory.identity(address);
            if (identity.isSurveillance()) {
                out.add(judge(address, identity, history));
            }
        }
        return out;
    }

    private CheckResult judge(String address, Identity identity, AuditHistory history) {
        Optional<PreviousAudit> previous = history.of(address);
        if (previous.isEmpty()) {
            return result(address, Verdict.FAIL, "never audited: none of the " + history.reports()
                    + " previous report(s) lists " + address, Confidence.CONFIRMED);
        }
        PreviousAudit p = previous.get();
        if (differs(identity.vendor(), p.vendor()) || differs(identity.model(), p.model())) {
            return result(address, Verdict.FAIL, "never audited as this device: " + p.report() + " (" + p.at()
                    + ") shows " + p.vendor().orElse("?") + " " + p.model().orElse("?") + " at " + address
                    + ", now " + identity.vendor().orElse("?") + " " + identity.model().orElse("?"), Confidence.LIKELY);
        }
        if (options.scanTime().isEmpty()) {
            String reason = "scan time unknown: cannot age the last audit (" + p.report() + ", " + p.at() + ")";
            return result(address, Verdict.unknown(reason), reason, Confidence.POSSIBLE);
        }
        Instant now = options.scanTime().get();
        if (p.at().isAfter(now)) {
            String reason = p.report() + " is dated " + p.at() + ", after this scan: clocks disagree";
            return result(address, Verdict.unknown(reason), reason, Confidence.POSSIBLE);
        }
        long days = Duration.between(p.at(), now).toDays();
        boolean sameDevice = p.vendor().isPresent() && p.model().isPresent();
        Confidence confidence = sameDevice ? Confidence.CONFIRMED : Confidence.LIKELY;
        String when = "last audited " + days + " day" + (days == 1 ? "" : "s") + " ago (" + p.report() + ", " + p.at() + ")";
        return days > MAX_DAYS
                ? result(address, Verdict.FAIL, when + ": more than " + MAX_DAYS + " days", confidence)
                : result(address, Verdict.PASS, when, Confidence.CONFIRMED);
    }

    /** True when both are known and name different things. */
    private static boolean differs(Optional<String> now, Optional<String> then) {
        return now.isPresent() && then.isPresent()
                && !now.get().trim().toLowerCase(Locale.ROOT).equals(then.get().trim().toLowerCase(Locale.ROOT));
    }

    private static CheckResult result(String address, Verdict verdict, String evidence, Confidence confidence) {
        return new CheckResult(address, Optional.empty(), verdict, evidence, confidence, "");
    }
}
