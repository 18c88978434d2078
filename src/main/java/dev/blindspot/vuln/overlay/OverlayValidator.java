package dev.blindspot.vuln.overlay;

import dev.blindspot.inventory.Identity;
import dev.blindspot.vuln.kb.KnowledgeBase;
import dev.blindspot.vuln.match.MatchConfidence;
import dev.blindspot.vuln.match.VendorNames;
import dev.blindspot.vuln.match.VulnMatch;
import dev.blindspot.vuln.match.VulnMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every overlay entry's examples through the real matcher: a {@code match: true} example must be a confirmed
 * match of the entry's CVE, a {@code match: false} example must not match it at all (no confirmed or likely match).
 * Also checks that the CVE is in the knowledge base. Each entry is checked alone, so one entry's examples test that
 * entry's range and not a neighbour's.
 */
public final class OverlayValidator {

    private OverlayValidator() {
    }

    /** Problems found, one line each naming the file, CVE and example; empty when every example holds. */
    public static List<String> validate(KnowledgeBase kb, List<OverlayEntry> entries, VendorNames names) {
        List<String> problems = new ArrayList<>();
        for (OverlayEntry e : entries) {
            if (kb.find(e.cve()).isEmpty()) {
                problems.add(e.where() + ": " + e.cve() + " is not in the knowledge base");
                continue;
            }
            VulnMatcher matcher = VulnMatcher.of(kb, List.of(e), names);
            for (OverlayEntry.Example x : e.examples()) {
                Identity id = new Identity(Optional.of(e.vendor()), Optional.empty(),
                        Optional.of(x.model()).filter(m -> !m.isBlank()), Optional.of(x.firmware()), Optional.empty(),
                        Optional.empty(), List.of(), List.of());
                Optional<VulnMatch> m = matcher.match(id).stream().filter(v -> v.cve().equals(e.cve())).findFirst();
                boolean confirmed = m.isPresent() && m.get().confidence() == MatchConfidence.CONFIRMED;
                boolean matched = m.isPresent() && m.get().confidence() != MatchConfidence.POSSIBLE;
                if (x.match() && !confirmed) {
                    problems.add(e.where() + ": example " + x + " must match but "
                            + m.map(v -> "was " + v.confidence() + ": " + v.reason()).orElse("did not"));
                } else if (!x.match() && matched) {
                    problems.add(e.where() + ": example " + x + " must not match but was " + m.get().confidence()
                            + ": " + m.get().reason());
                }
            }
        }
        return problems;
    }
}
