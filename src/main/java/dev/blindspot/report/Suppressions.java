package dev.blindspot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operator's suppressions file ({@code --suppressions FILE}, docs/suppressions.md): accepted risks, each with a
 * reason and an expiry date, matching one finding by id or a check (optionally on one asset and port). Applied to
 * a report, a live entry marks the matching failing or unknown findings as suppressed; an expired one is not
 * applied and is named in the report's notes, so accepted risks come back on their date.
 */
public record Suppressions(List<Rule> rules) {

    static final long MAX_BYTES = 256 * 1024;

    public Suppressions {
        rules = List.copyOf(rules);
    }

    /** One entry; {@code finding} or {@code check} is set. */
    public record Rule(Optional<String> finding, Optional<String> check, Optional<String> asset, Optional<Integer> port,
                       String reason, LocalDate expires, Optional<String> by) {

        boolean matches(FindingEntry f) {
            return finding.map(id -> id.equals(f.id())).orElse(true)
                    && check.map(c -> c.equals(f.checkId())).orElse(true)
                    && asset.map(a -> a.equals(f.asset())).orElse(true)
                    && port.map(p -> f.port().isPresent() && f.port().get().equals(p)).orElse(true);
        }

        String describe() {
            return finding.map(id -> "finding " + id).orElseGet(() -> "check " + check.orElse("?")
                    + asset.map(a -> " on " + a).orElse("") + port.map(p -> ":" + p).orElse(""));
        }
    }

    public static Suppressions read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": a suppressions file over " + MAX_BYTES + " bytes is refused");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IOException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        JsonNode list = root == null ? null : root.get("suppressions");
        if (list == null || !list.isArray()) {
            throw new IOException(file + ": expected a list 'suppressions:'");
        }
        List<Rule> rules = new ArrayList<>();
        int n = 0;
        for (JsonNode e : list) {
            n++;
            String where = file + ": suppression " + n;
            Optional<String> finding = text(e, "finding");
            Optional<String> check = text(e, "check");
            if (finding.isEmpty() == check.isEmpty()) {
                throw new IOException(where + ": give either 'finding' (an id) or 'check' (optionally with asset, port)");
            }
            if (finding.isPresent() && !finding.get().matches("[0-9a-f]{16}")) {
                throw new IOException(where + ": 'finding' must be a finding id (16 hex digits)");
            }
            String reason = text(e, "reason").filter(r -> !r.isBlank())
                    .orElseThrow(() -> new IOException(where + ": 'reason' is required"));
            String expires = text(e, "expires").orElseThrow(() -> new IOException(where + ": 'expires' (a date) is required"));
            LocalDate date;
            try {
                date = LocalDate.parse(expires);
            } catch (DateTimeParseException ex) {
                throw new IOException(where + ": 'expires' must be a date like 2027-01-31, not '" + expires + "'");
            }
            Optional<Integer> port = e.hasNonNull("port") ? Optional.of(e.get("port").asInt()) : Optional.empty();
            rules.add(new Rule(finding, check, text(e, "asset"), port, reason, date, text(e, "by")));
        }
        return new Suppressions(rules);
    }

    /** The report with live suppressions applied (summary recounted) and expired ones noted. */
    public Report apply(Report report, LocalDate today) {
        List<String> notes = new ArrayList<>(report.scan().notes());
        List<FindingEntry> findings = new ArrayList<>();
        for (FindingEntry f : report.findings()) {
            FindingEntry out = f;
            if (!f.status().equals("pass")) {
                for (Rule r : rules) {
                    if (r.matches(f) && !r.expires().isBefore(today)) {
                        out = f.suppressedBy(new Suppression(r.reason(), r.expires().toString(), r.by()));
                        break;
                    }
                }
            }
            findings.add(out);
        }
        for (Rule r : rules) {
            if (r.expires().isBefore(today)) {
                long hits = report.findings().stream().filter(f -> !f.status().equals("pass") && r.matches(f)).count();
                notes.add("suppression of " + r.describe() + " expired on " + r.expires() + " (" + r.reason() + "): "
                        + (hits == 0 ? "nothing matches it any more; remove it" : hits + " finding" + (hits == 1 ? " is" : "s are") + " reported again"));
            }
        }
        ScanInfo s = report.scan();
        ScanInfo scan = new ScanInfo(s.startedAt(), s.finishedAt(), s.targets(), s.excluded(), s.profile(), s.complete(),
                s.addressesInScope(), s.addressesProbed(), notes, s.checksRun());
        return new Report(report.tool(), scan, report.assets(), findings, Summary.of(report.assets(), findings), report.checklist());
    }

    private static Optional<String> text(JsonNode e, String field) {
        return e != null && e.hasNonNull(field) ? Optional.of(e.get(field).asText().trim()) : Optional.empty();
    }
}
