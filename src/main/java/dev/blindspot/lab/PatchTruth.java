package dev.blindspot.lab;

import dev.blindspot.fingerprint.VendorVocabulary;
import dev.blindspot.patch.Device;
import dev.blindspot.patch.FirmwareReleases;
import dev.blindspot.patch.PatchAssessor;
import dev.blindspot.patch.PatchStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The lab's truth for the patch-hygiene checks, from a spec's vendor, model and firmware and the bundled release data
 * judged at the data's {@code asOf} date. Every release date in the data is over 30 days before asOf (PatchDataTest),
 * so any later scan judges the same; a device whose firmware the scanner cannot read is then "undetermined", not
 * missed.
 */
final class PatchTruth {

    private static final VendorVocabulary VOCABULARY = VendorVocabulary.loadDefault();
    private static final FirmwareReleases DATA = FirmwareReleases.bundled();
    private static final PatchAssessor ASSESSOR = new PatchAssessor(DATA);
    private static final Optional<Instant> AT = Optional.of(DATA.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));

    private PatchTruth() {
    }

    static boolean securityUpdateOverdue(DeviceSpec spec) {
        return spec.deviceClass().isSurveillance()
                && ASSESSOR.securityUpdates(device(spec), AT) instanceof PatchStatus.Behind;
    }

    static boolean endOfLife(DeviceSpec spec) {
        return spec.deviceClass().isSurveillance()
                && ASSESSOR.endOfLife(device(spec), AT).filter(s -> s instanceof PatchStatus.Behind).isPresent();
    }

    private static Device device(DeviceSpec spec) {
        Optional<String> vendor = Optional.of(spec.vendor()).filter(v -> !v.isBlank());
        Optional<String> maker = vendor.flatMap(v -> VOCABULARY.canonical(v))
                .map(v -> VOCABULARY.manufacturerOf(v).orElse(v));
        return new Device(vendor, maker, Optional.of(spec.model()).filter(m -> !m.isBlank()),
                Optional.of(spec.firmware()).filter(f -> !f.isBlank()));
    }
}
