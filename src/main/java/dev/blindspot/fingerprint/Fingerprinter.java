package dev.blindspot.fingerprint;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Evidence;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.scan.Identifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Concludes an identity from observations: ONVIF device information (the device's own answer) wins, then a
 * vendor API's answer ({@link VendorApiIdentity}, strong; it also decides the class), then the strongest
 * fingerprint rule match; a device that speaks RTSP or ONVIF but matches nothing is a camera.
 */
public final class Fingerprinter implements Identifier {

    private final FingerprintRules rules;
    private final VendorVocabulary vocabulary;

    public Fingerprinter(FingerprintRules rules, VendorVocabulary vocabulary) {
        this.rules = rules;
        this.vocabulary = vocabulary;
    }

    public static Fingerprinter loadDefault() {
        VendorVocabulary vocabulary = VendorVocabulary.loadDefault();
        return new Fingerprinter(FingerprintRules.loadDefault(vocabulary), vocabulary);
    }

    @Override
    public Identity identify(String address, List<Observation> observations) {
        List<Evidence> evidence = EvidenceExtractor.extract(observations);
        Map<String, String> onvif = evidence.stream().filter(e -> e.source().startsWith("onvif."))
                .collect(Collectors.toMap(Evidence::source, Evidence::value, (a, b) -> a));
        List<FingerprintRule.Match> matches = new ArrayList<>();
        List<Evidence> kept = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.source().startsWith("onvif.")) {
                kept.add(e);
                continue;
            }
            rules.firstMatch(e.source(), e.value()).ifPresent(m -> {
                matches.add(m);
                kept.add(e);
            });
        }
        matches.sort(Comparator.comparing((FingerprintRule.Match m) -> m.rule().strength()).reversed());
        List<VendorApiIdentity> apis = observations.stream()
                .flatMap(o -> o instanceof VendorApiObservation v ? VendorApiIdentity.of(v).stream() : Stream.empty())
                .toList();
        apis.stream().map(VendorApiIdentity::evidence).distinct().forEach(kept::add);

        Optional<String> vendor = Optional.ofNullable(onvif.get("onvif.manufacturer"))
                .map(m -> vocabulary.canonical(m).orElse(m))
                .or(() -> apis.stream().map(VendorApiIdentity::vendor).findFirst())
                .or(() -> matches.stream().flatMap(m -> m.rule().vendor().stream()).findFirst());
        Optional<String> model = Optional.ofNullable(onvif.get("onvif.model"))
                .or(() -> apis.stream().flatMap(a -> a.model().stream()).findFirst())
                .or(() -> matches.stream().flatMap(m -> m.model().stream()).findFirst());
        Optional<String> firmware = Optional.ofNullable(onvif.get("onvif.firmwareversion"))
                .or(() -> apis.stream().flatMap(a -> a.firmware().stream()).findFirst())
                .or(() -> matches.stream().flatMap(m -> m.firmware().stream()).findFirst());
        Optional<DeviceClass> cls = apis.stream().flatMap(a -> a.deviceClass().stream()).findFirst()
                .or(() -> matches.stream().flatMap(m -> m.rule().deviceClass().stream()).findFirst()
                .or(() -> speaksVideo(observations) ? Optional.of(DeviceClass.CAMERA) : Optional.empty()));
        if (evidence.isEmpty() && cls.isEmpty() && apis.isEmpty()) {
            return Identity.unknown();
        }
        return new Identity(vendor, model, firmware, cls, kept);
    }

    /** RTSP answered, or an ONVIF answer that is really SOAP (a fault or data), not any web page's 200. */
    private static boolean speaksVideo(List<Observation> observations) {
        return observations.stream().anyMatch(o -> switch (o) {
            case RtspObservation r -> r.outcome().answer().isPresent();
            case OnvifObservation ov -> ov.outcome().answer()
                    .map(x -> x.fault().isPresent() || (x.succeeded() && !x.fields().isEmpty())).orElse(false);
            default -> false;
        });
    }
}
