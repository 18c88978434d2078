package dev.blindspot.vuln.match;

import dev.blindspot.fingerprint.CpeName;
import dev.blindspot.vuln.kb.KnowledgeBase;
import dev.blindspot.vuln.kb.Vulnerability;
import dev.blindspot.vuln.overlay.OverlayEntry;
import dev.blindspot.vuln.version.VersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns knowledge-base records and curated overlay entries into {@link Rule}s. A CVE with overlay entries is judged
 * by them alone (they state the ranges its NVD record lacks); otherwise by its NVD configuration; without one, by its
 * CVE 5 {@code affected} entries.
 */
final class RuleCompiler {

    private RuleCompiler() {
    }

    static List<Rule> compile(KnowledgeBase kb, List<OverlayEntry> overlay, VendorNames names) {
        Set<String> curated = overlay.stream().map(OverlayEntry::cve).collect(Collectors.toSet());
        List<Rule> rules = new ArrayList<>();
        for (OverlayEntry e : overlay) {
            kb.find(e.cve()).ifPresent(v -> rules.add(overlay(v, e, names)));
        }
        for (Vulnerability v : kb.vulnerabilities()) {
            if (curated.contains(v.cve())) {
                continue;
            }
            if (!v.cpe().isEmpty()) {
                for (Vulnerability.CpeTarget t : v.cpe()) {
                    nvd(v, t, names).ifPresent(rules::add);
                }
            } else {
                for (Vulnerability.AffectedProduct a : v.affected()) {
                    rules.addAll(cve5(v, a, names));
                }
            }
        }
        return rules;
    }

    static Rule overlay(Vulnerability v, OverlayEntry e, VendorNames names) {
        ModelScope scope = e.models().<ModelScope>map(m -> new ModelScope.Families(
                List.of(Pattern.compile(m, Pattern.CASE_INSENSITIVE)), false, m)).orElse(new ModelScope.AnyModel());
        VersionConstraint versions = e.from().isEmpty() && e.before().isEmpty() && e.through().isEmpty()
                ? new VersionConstraint.Every()
                : VersionConstraint.Range.of(e.scheme(), e.from(), true, e.before().or(e::through), e.through().isPresent());
        Optional<String> fixed = e.fixed().or(() -> e.noFix().map(n -> "no fixed firmware: " + n));
        return new Rule(v, names.key(e.vendor()), e.vendor(), scope, versions, e.scheme(), fixed,
                "curated overlay " + e.file() + " (" + e.source() + ")");
    }

    static Optional<Rule> nvd(Vulnerability v, Vulnerability.CpeTarget t, VendorNames names) {
        CpeName cpe;
        try {
            cpe = CpeName.parse(t.criteria());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!(cpe.get("vendor") instanceof CpeName.Value.Literal vendor)
                || !(cpe.get("product") instanceof CpeName.Value.Literal product)) {
            return Optional.empty();
        }
        String part = cpe.get("part") instanceof CpeName.Value.Literal p ? p.text() : "o";
        String key = names.key(vendor.text());
        String label = names.canonical(vendor.text()).orElse(vendor.text());
        ModelScope scope;
        if (part.equals("a")) {
            scope = new ModelScope.Application(vendor.text().toLowerCase(Locale.ROOT) + ":"
                    + product.text().toLowerCase(Locale.ROOT), product.text());
        } else {
            List<String> models = new ArrayList<>();
            for (String hw : t.runningOn()) {
                try {
                    if (CpeName.parse(hw).get("product") instanceof CpeName.Value.Literal h) {
                        models.add(h.text());
                    }
                } catch (IllegalArgumentException e) {
                    // an unparseable hardware name narrows nothing
                }
            }
            if (models.isEmpty()) {
                models.add(product.text().replace("_firmware", ""));
            }
            scope = families(models);
        }
        VersionScheme scheme = VersionScheme.forVendor(key);
        VersionConstraint versions = switch (cpe.get("version")) {
            case CpeName.Value.Literal l -> VersionConstraint.Exact.of(scheme, l.text());
            case CpeName.Value.NotApplicable n -> new VersionConstraint.Unstated("the NVD names " + product.text()
                    + " without any version range");
            case CpeName.Value.Any a -> t.hasRange()
                    ? VersionConstraint.Range.of(scheme, t.versionStartIncluding().or(t::versionStartExcluding),
                    t.versionStartIncluding().isPresent(), t.versionEndIncluding().or(t::versionEndExcluding),
                    t.versionEndIncluding().isPresent())
                    : new VersionConstraint.Every();
        };
        Optional<String> fixed = t.versionEndExcluding().or(() -> t.versionEndIncluding().map(e -> "a version after " + e));
        return Optional.of(new Rule(v, key, label, scope, versions, scheme, fixed,
                "NVD configuration " + t.criteria()));
    }

    static ModelScope families(List<String> models) {
        List<Pattern> patterns = new ArrayList<>();
        for (String m : models) {
            ModelScope.familyPattern(m).ifPresent(patterns::add);
        }
        String label = models.size() <= 3 ? String.join(", ", models)
                : String.join(", ", models.subList(0, 3)) + " and " + (models.size() - 3) + " more";
        return patterns.isEmpty() ? new ModelScope.VendorOnly(label) : new ModelScope.Families(patterns, true, label);
    }

    static List<Rule> cve5(Vulnerability v, Vulnerability.AffectedProduct a, VendorNames names) {
        String vendor = a.vendor().strip();
        if (vendor.isEmpty() || vendor.equalsIgnoreCase("n/a")) {
            return List.of();
        }
        String key = names.key(vendor);
        String label = names.canonical(vendor).orElse(vendor);
        ModelScope scope = families(List.of(a.product()));
        VersionScheme scheme = VersionScheme.forVendor(key);
        List<Rule> out = new ArrayList<>();
        for (Vulnerability.AffectedVersion av : a.versions()) {
            if (!av.status().equals("affected")) {
                continue;
            }
            String ver = av.version().strip();
            boolean open = ver.isEmpty() || ver.equals("0") || ver.equals("*");
            VersionConstraint c;
            if (av.lessThan().isPresent() || av.lessThanOrEqual().isPresent()) {
                c = VersionConstraint.Range.of(scheme, open ? Optional.empty() : Optional.of(ver), true,
                        av.lessThan().or(av::lessThanOrEqual), av.lessThanOrEqual().isPresent() && av.lessThan().isEmpty());
            } else if (open || ver.equalsIgnoreCase("all")) {
                c = new VersionConstraint.Every();
            } else if (ver.equalsIgnoreCase("n/a")) {
                c = new VersionConstraint.Unstated("the CVE record states no version");
            } else {
                c = VersionConstraint.Exact.of(scheme, ver);
            }
            out.add(new Rule(v, key, label, scope, c, scheme, av.lessThan(),
                    "CVE 5 record: " + label + " " + a.product()));
        }
        return out;
    }
}
