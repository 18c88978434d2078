package dev.blindspot.vuln.match;

import dev.blindspot.fingerprint.CpeName;
import dev.blindspot.inventory.Identity;
import dev.blindspot.vuln.version.Version;
import dev.blindspot.vuln.version.VersionScheme;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the matcher needs of an identity: vendor keys (brand, manufacturer, CPE vendors), model, firmware, and the
 * software products its CPE names ({@code vendor:product}); the firmware parsed per scheme is cached (one asset, one
 * match call).
 */
record Asset(Set<String> vendorKeys, Optional<String> model, Optional<String> normalisedModel, Optional<String> firmware,
             Set<String> apps, Map<VersionScheme, Optional<Version>> parsed) {

    /** The firmware parsed in {@code scheme} (parsed once per asset and scheme). */
    Optional<Version> firmwareIn(VersionScheme scheme) {
        Optional<Version> v = parsed.get(scheme);
        if (v == null) {
            v = firmware.flatMap(scheme::parse);
            parsed.put(scheme, v);
        }
        return v;
    }


    static Asset of(Identity id, VendorNames names) {
        Set<String> vendors = new LinkedHashSet<>();
        id.vendor().map(names::key).ifPresent(vendors::add);
        id.manufacturer().map(names::key).ifPresent(vendors::add);
        Set<String> apps = new LinkedHashSet<>();
        for (String formatted : id.cpe()) {
            try {
                CpeName cpe = CpeName.parse(formatted);
                if (cpe.get("vendor") instanceof CpeName.Value.Literal v) {
                    vendors.add(names.key(v.text()));
                    if (cpe.get("part") instanceof CpeName.Value.Literal p && p.text().equals("a")
                            && cpe.get("product") instanceof CpeName.Value.Literal prod) {
                        apps.add(v.text().toLowerCase(Locale.ROOT) + ":" + prod.text().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed CPE name says nothing usable; the vendor and model fields still do
            }
        }
        Optional<String> model = id.model().map(String::strip).filter(s -> !s.isEmpty());
        return new Asset(Set.copyOf(vendors), model, model.map(ModelScope::normalise),
                id.firmware().map(String::strip).filter(s -> !s.isEmpty()), Set.copyOf(apps), new EnumMap<>(VersionScheme.class));
    }
}
