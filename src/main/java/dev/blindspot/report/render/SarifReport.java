package dev.blindspot.report.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.check.Severity;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report as SARIF 2.1.0 (OASIS): one run, one rule per check, one result per finding. Failing findings get
 * {@code level} error (critical, high), warning (medium) or note (low, info) and GitHub's {@code security-severity};
 * passing ones kind {@code pass}, unknown ones kind {@code open} (more information needed), both level {@code none}
 * as the standard requires. Network assets have no file, so each result names its asset and port as a logical
 * location. With a baseline, failing results carry {@code baselineState} new/unchanged, and findings fixed since
 * the baseline are added as {@code absent}.
 */
public final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String FINGERPRINT = "blindspotFindingId/v1";

    private final ObjectMapper json = new ObjectMapper();

    public ObjectNode render(Report report, Optional<Report> baseline) {
        Optional<ReportDiff> diff = baseline.map(old -> ReportDiff.between(old, report));
        List<FindingEntry> all = new java.util.ArrayList<>(report.findings());
        diff.ifPresent(d -> all.addAll(d.fixed()));
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = json.createArrayNode();
        for (FindingEntry f : all) {
            if (!ruleIndex.containsKey(f.checkId())) {
                ruleIndex.put(f.checkId(), rules.size());
                rules.add(rule(f, worstSeverity(all, f.checkId())));
            }
        }
        Set<String> fixedIds = diff.map(d -> d.fixed().stream().map(FindingEntry::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        ArrayNode results = json.createArrayNode();
        for (FindingEntry f : all) {
            boolean fixed = fixedIds.contains(f.id());
            results.add(result(f, ruleIndex.get(f.checkId()), diff, fixed));
        }
        ObjectNode root = json.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.tool().name());
        driver.put("version", report.tool().version());
        driver.set("rules", rules);
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.scan().complete());
        if (report.scan().startedAt() != null) {
            invocation.put("startTimeUtc", report.scan().startedAt());
        }
        if (report.scan().finishedAt() != null) {
            invocation.put("endTimeUtc", report.scan().finishedAt());
        }
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        report.scan().notes().forEach(n -> notes.addObject().putObject("message").put("text", n));
        run.set("results", results);
        return root;
    }

    private ObjectNode rule(FindingEntry f, Severity worst) {
        ObjectNode rule = json.createObjectNode();
        rule.put("id", f.checkId());
        rule.put("name", camel(f.checkId()));
        rule.putObject("shortDescription").put("text", f.title());
        rule.putObject("fullDescription").put("text", f.risk());
        rule.putObject("help").put("text", f.remediation());
        if (!f.references().isEmpty()) {
            rule.put("helpUri", f.references().getFirst());
        }
        rule.putObject("defaultConfiguration").put("level", level(worst));
        ObjectNode props = rule.putObject("properties");
        props.put("security-severity", securitySeverity(worst));
        props.putArray("tags").add("security").add(f.threat().wireName());
        return rule;
    }

    private ObjectNode result(FindingEntry f, int ruleIndex, Optional<ReportDiff> diff, boolean fixed) {
        ObjectNode r = json.createObjectNode();
        r.put("ruleId", f.checkId());
        r.put("ruleIndex", ruleIndex);
        String kind = fixed ? "pass" : switch (f.status()) {
            case "fail" -> "fail";
            case "pass" -> "pass";
            default -> "open";
        };
        r.put("kind", kind);
        r.put("level", kind.equals("fail") ? level(f.severity()) : "none");
        String text = f.title() + " on " + where(f) + ": " + (f.reason().orElse(f.evidence()));
        r.putObject("message").put("text", fixed ? "Fixed since the baseline: " + text : text);
        ObjectNode location = r.putArray("locations").addObject();
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", where(f));
        logical.put("fullyQualifiedName", where(f));
        logical.put("kind", "resource");
        r.putObject("partialFingerprints").put(FINGERPRINT, f.id());
        f.suppressed().ifPresent(s -> {
            ObjectNode sup = r.putArray("suppressions").addObject();
            sup.put("kind", "external");
            sup.put("status", "accepted");
            sup.put("justification", s.reason() + " (until " + s.expires() + s.by().map(b -> ", " + b).orElse("") + ")");
        });
        if (diff.isPresent() && (f.failing() || fixed)) {
            r.put("baselineState", fixed ? "absent" : diff.get().failedBefore(f.id()) ? "unchanged" : "new");
        }
        ObjectNode props = r.putObject("properties");
        props.put("severity", f.severity().wireName());
        props.put("security-severity", securitySeverity(f.severity()));
        props.put("status", f.status());
        props.put("threat", f.threat().wireName());
        props.put("confidence", f.confidence().wireName());
        props.put("asset", f.asset());
        f.port().ifPresent(p -> props.put("port", p));
        props.put("remediation", f.remediation());
        return r;
    }

    /** {@code asset:port} ({@code [v6]:port}), or the asset alone for host-level findings. */
    public static String where(FindingEntry f) {
        String host = f.asset().contains(":") ? "[" + f.asset() + "]" : f.asset();
        return f.port().map(p -> host + ":" + p).orElse(f.asset());
    }

    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** GitHub's bands: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "2.0";
            case INFO -> "0.0";
        };
    }

    private static Severity worstSeverity(List<FindingEntry> all, String checkId) {
        return all.stream().filter(f -> f.checkId().equals(checkId)).map(FindingEntry::severity)
                .min(Enum::compareTo).orElse(Severity.INFO);
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
