package dev.blindspot.vuln.match;

import dev.blindspot.vuln.kb.Vulnerability;
import dev.blindspot.vuln.version.VersionScheme;
import java.util.Optional;

/**
 * One way a CVE can apply: a vendor, a model scope, a version constraint in the vendor's scheme, and where it comes
 * from. Built by {@link RuleCompiler} from NVD configurations, CVE 5 {@code affected} entries and the curated overlay.
 */
record Rule(Vulnerability vulnerability, String vendorKey, String vendorLabel, ModelScope scope,
            VersionConstraint versions, VersionScheme scheme, Optional<String> fixed, String source) {

    /** This rule's verdict on an asset: empty when it does not apply. */
    Optional<VulnMatch> assess(Asset asset) {
        return switch (scope) {
            case ModelScope.VendorOnly v -> Optional.of(possible(asset, "the record names no specific model (" + v.label() + ")"));
            case ModelScope.Application a -> asset.apps().contains(a.key())
                    ? versions(asset, "the product is " + a.label()) : Optional.empty();
            case ModelScope.AnyModel a -> versions(asset, "every " + vendorLabel + " model is in scope");
            case ModelScope.Families f -> {
                if (asset.model().isEmpty()) {
                    yield Optional.of(possible(asset, "the model is not known (affected: " + f.label() + ")"));
                }
                yield f.matches(asset)
                        ? versions(asset, "model " + asset.model().get() + " is in the affected family " + f.label())
                        : Optional.empty();
            }
        };
    }

    private Optional<VulnMatch> versions(Asset asset, String modelReason) {
        return switch (versions.test(scheme, asset)) {
            case VersionConstraint.Outcome.In in -> Optional.of(new VulnMatch(vulnerability, MatchConfidence.CONFIRMED,
                    modelReason + " and " + in.why(), fixed, source, false));
            case VersionConstraint.Outcome.Out out -> Optional.empty();
            case VersionConstraint.Outcome.Undecided u -> Optional.of(new VulnMatch(vulnerability, MatchConfidence.LIKELY,
                    modelReason + "; " + u.why(), fixed, source, !u.noVersionStated()));
        };
    }

    private VulnMatch possible(Asset asset, String why) {
        return new VulnMatch(vulnerability, MatchConfidence.POSSIBLE,
                "vendor only: " + vendorLabel + " matches, " + why, fixed, source, false);
    }
}
