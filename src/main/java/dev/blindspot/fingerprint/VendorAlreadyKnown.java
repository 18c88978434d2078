package dev.blindspot.fingerprint;

import dev.blindspot.inventory.Evidence;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.VendorApiObservation;
import java.util.List;

/**
 * Whether what a port already said names the device's vendor, so that weaker probes of the same port (the favicon)
 * can be skipped: a vendor API answer {@link Fingerprinter} reads as an identity, or a {@code GET /} answer (Server
 * header, challenge, title, certificate) a fingerprint rule names a vendor for.
 */
public final class VendorAlreadyKnown {

    private final FingerprintRules rules;

    public VendorAlreadyKnown(FingerprintRules rules) {
        this.rules = rules;
    }

    /** True when the answer names the vendor as {@link Fingerprinter} reads it. */
    public static boolean identifies(VendorApiObservation observation) {
        return VendorApiIdentity.of(observation).isPresent();
    }

    /** True when a rule names a vendor for anything in this HTTP answer. */
    public boolean namesVendor(HttpObservation observation) {
        List<Evidence> evidence = EvidenceExtractor.extract(List.of(observation));
        return evidence.stream().anyMatch(e -> rules.firstMatch(e.source(), e.value())
                .flatMap(m -> m.rule().vendor()).isPresent());
    }
}
