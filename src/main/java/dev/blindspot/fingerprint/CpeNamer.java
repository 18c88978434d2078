package dev.blindspot.fingerprint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPE 2.3 names for an identity, following the NVD's conventions recorded in {@code vendors.yaml}: a device
 * maker's camera is {@code o:<vendor>:<model>_firmware:<version>} plus {@code h:<vendor>:<model>:-}; software is
 * {@code a:<vendor>:<product>:<version>}. Without a model a device gets no name (the vendor alone names nothing
 * in the NVD); without a firmware version the version is ANY. The version is the firmware's first token with
 * a leading {@code v} dropped: {@code V5.4.5 build 170123} → {@code 5.4.5}.
 */
final class CpeNamer {

    private static final Pattern VERSION = Pattern.compile("^[vV]?([0-9][^\\s,;]*)");

    private final VendorVocabulary vocabulary;

    CpeNamer(VendorVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<String> names(Optional<String> vendor, Optional<String> model, Optional<String> firmware) {
        Optional<VendorVocabulary.CpeVendor> cpe = vendor.flatMap(vocabulary::cpeOf);
        if (cpe.isEmpty()) {
            return List.of();
        }
        CpeName.Value version = firmware.flatMap(CpeNamer::version).map(CpeName::literal).orElse(CpeName.ANY);
        String v = cpe.get().vendor();
        if (cpe.get().product().isPresent()) {
            return List.of(CpeName.of("a", v, cpe.get().product().get(), version).format());
        }
        Optional<String> product = model.map(m -> m.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"))
                .filter(m -> !m.isEmpty());
        if (product.isEmpty()) {
            return List.of();
        }
        return List.of(CpeName.of("o", v, product.get() + "_firmware", version).format(),
                CpeName.of("h", v, product.get(), CpeName.NA).format());
    }

    static Optional<String> version(String firmware) {
        Matcher m = VERSION.matcher(firmware.strip());
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
