package dev.blindspot.report.checklist;

import dev.blindspot.check.Threat;
import dev.blindspot.report.FindingEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Judges the checklist from a report's findings and the operator's answers. An automatic item FAILs when any
 * finding of its checks fails, else is UNKNOWN when any is unknown, else PASSes when at least one passed; with no
 * finding at all it is UNKNOWN ("nothing assessed"), never PASS. A manual item is PASS/FAIL from its answer, else
 * MANUAL.
 */
public final class ChecklistEvaluator {

    static final int SUGGESTIONS = 3;

    private final ChecklistDefinition definition;

    public ChecklistEvaluator(ChecklistDefinition definition) {
        this.definition = definition;
    }

    public Checklist evaluate(List<FindingEntry> findings, Answers answers) {
        List<ChecklistItem> items = definition.items().stream().map(d -> judge(d, findings, answers)).toList();
        List<AreaScore> areas = new ArrayList<>();
        for (Threat t : Threat.values()) {
            List<ChecklistItem> in = items.stream().filter(i -> i.area().equals(t.wireName())).toList();
            if (!in.isEmpty()) {
                areas.add(new AreaScore(t.wireName(), t.title(), score(in), count(in, "pass"), count(in, "fail"),
                        count(in, "unknown"), count(in, "manual")));
            }
        }
        Optional<Integer> overall = score(items);
        List<Suggestion> raise = new ArrayList<>();
        if (overall.isPresent()) {
            for (ChecklistItem failing : items.stream().filter(i -> i.status().equals("fail")).toList()) {
                List<ChecklistItem> fixed = items.stream().map(i -> i == failing ? withStatus(i, "pass") : i).toList();
                raise.add(new Suggestion(failing.id(), failing.title(), failing.answered() ? 0 : failing.findings().size(),
                        overall.get(), score(fixed).orElseThrow()));
            }
        }
        raise.sort(Comparator.comparingInt((Suggestion s) -> s.to() - s.from()).reversed()
                .thenComparing(Comparator.comparingInt(Suggestion::failingFindings).reversed())
                .thenComparing(Suggestion::item));
        return new Checklist(definition.version(), items, areas, overall, raise.subList(0, Math.min(SUGGESTIONS, raise.size())));
    }

    private static ChecklistItem judge(ItemDefinition d, List<FindingEntry> findings, Answers answers) {
        if (d.manual() || (d.answerable() && findings.stream().noneMatch(f -> d.checks().contains(f.checkId())))) {
            return answers.of(d.id()).map(a -> new ChecklistItem(d.id(), d.area(), d.title(), d.weight(),
                            a.yes() ? "pass" : "fail", answeredBasis(a), List.of(), d.question(), true))
                    .orElseGet(() -> new ChecklistItem(d.id(), d.area(), d.title(), d.weight(), "manual",
                            d.manual() ? "no scan can see this: answer it in answers.yaml"
                                    : "this scan did not see it (" + String.join(", ", d.checks())
                                    + " gave no result): answer it in answers.yaml or give the scan what it needs",
                            List.of(), d.question(), false));
        }
        List<FindingEntry> mine = findings.stream().filter(f -> d.checks().contains(f.checkId())).toList();
        List<String> failing = ids(mine, "fail");
        List<String> unknown = ids(mine, "unknown");
        List<String> passing = ids(mine, "pass");
        if (!failing.isEmpty()) {
            return item(d, "fail", failing.size() + " failing finding" + (failing.size() == 1 ? "" : "s"), failing);
        }
        if (!unknown.isEmpty()) {
            return item(d, "unknown", unknown.size() + " finding" + (unknown.size() == 1 ? "" : "s")
                    + " could not be judged (see their reasons); none failed", unknown);
        }
        if (!passing.isEmpty()) {
            return item(d, "pass", passing.size() + " passing finding" + (passing.size() == 1 ? "" : "s") + ", none failing", passing);
        }
        return item(d, "unknown", "nothing assessed: no device this applies to was checked (" + String.join(", ", d.checks()) + ")",
                List.of());
    }

    private static ChecklistItem item(ItemDefinition d, String status, String basis, List<String> ids) {
        return new ChecklistItem(d.id(), d.area(), d.title(), d.weight(), status, basis, ids, Optional.empty(), false);
    }

    private static String answeredBasis(Answer a) {
        return "answered " + (a.yes() ? "yes" : "no") + a.by().map(b -> " by " + b).orElse("")
                + a.date().map(d -> " on " + d).orElse("") + a.note().map(n -> ": " + n).orElse("");
    }

    private static ChecklistItem withStatus(ChecklistItem i, String status) {
        return new ChecklistItem(i.id(), i.area(), i.title(), i.weight(), status, i.basis(), i.findings(), i.question(), i.answered());
    }

    private static List<String> ids(List<FindingEntry> findings, String status) {
        return findings.stream().filter(f -> f.status().equals(status)).map(FindingEntry::id).distinct().toList();
    }

    private static int count(List<ChecklistItem> items, String status) {
        return (int) items.stream().filter(i -> i.status().equals(status)).count();
    }

    static Optional<Integer> score(List<ChecklistItem> items) {
        int assessed = items.stream().filter(ChecklistItem::assessed).mapToInt(ChecklistItem::weight).sum();
        if (assessed == 0) {
            return Optional.empty();
        }
        int passed = items.stream().filter(i -> i.status().equals("pass")).mapToInt(ChecklistItem::weight).sum();
        return Optional.of((int) Math.round(100.0 * passed / assessed));
    }
}
