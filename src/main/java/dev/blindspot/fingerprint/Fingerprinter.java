package dev.blindspot.fingerprint;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.inventory.Evidence;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.IdentityConfidence;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.OpenPort;
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
 * vendor API's answer ({@link VendorApiIdentity}, strong; it also decides the class), then a discovery answer the
 * device gives about itself (Dahua DHIP search, UPnP description: {@link DiscoveryIdentity}), then the strongest
 * fingerprint rule match; a device that speaks RTSP or ONVIF but matches nothing is a camera. At equal strength a
 * surveillance class beats an ordinary one, and a weak ordinary class (a web server's default page) yields to RTSP or
 * ONVIF. A host with no vendor and no class from any of these gets the class of its open ports ({@link PortHints}).
 * The identity also names the manufacturer behind a brand, how sure the vendor is, CPE 2.3 names, and claims that
 * disagree.
 */
public final class Fingerprinter implements Identifier {

    /** Evidence kept even when no rule matches: a device's own discovery statements (WS-Discovery name/hardware). */
    private static final java.util.regex.Pattern OWN_STATEMENTS =
            java.util.regex.Pattern.compile("wsd\\.scopes|upnp\\..*|dhip\\..*");

    private final FingerprintRules rules;
    private final VendorVocabulary vocabulary;
    private final CpeNamer cpe;
    private final PortHints portHints;

    public Fingerprinter(FingerprintRules rules, VendorVocabulary vocabulary) {
        this(rules, vocabulary, PortHints.none());
    }

    public Fingerprinter(FingerprintRules rules, VendorVocabulary vocabulary, PortHints portHints) {
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.portHints = portHints;
        this.cpe = new CpeNamer(vocabulary);
    }

    /** What one source says a device is; sources are consulted in precedence order, field by field. */
    private record Statement(String source, Optional<String> vendor, Optional<String> model, Optional<String> firmware,
                             Optional<DeviceClass> deviceClass, IdentityConfidence confidence) {}

    private static <T> Optional<T> first(List<Statement> statements, java.util.function.Function<Statement, Optional<T>> field) {
        return statements.stream().flatMap(st -> field.apply(st).stream()).findFirst();
    }

    /**
     * The chosen firmware, or a later source's statement of the same version with more detail: ONVIF says
     * {@code 2.800.0000016.0.R}, Dahua's getSoftwareVersion {@code 2.800.0000016.0.R,build:2020-06-05}; the build
     * date decides CVE ranges, so the longer statement of the same version wins.
     */
    static Optional<String> mostPrecise(Optional<String> chosen, List<String> all) {
        return chosen.map(c -> all.stream().filter(f -> f.length() > c.length() && f.startsWith(c)
                        && !Character.isLetterOrDigit(f.charAt(c.length())) && f.charAt(c.length()) != '.')
                .max(java.util.Comparator.comparingInt(String::length)).orElse(c));
    }

    private static IdentityConfidence confidence(Strength strength) {
        return switch (strength) {
            case STRONG -> IdentityConfidence.HIGH;
            case MEDIUM -> IdentityConfidence.MEDIUM;
            case WEAK -> IdentityConfidence.LOW;
        };
    }

    /**
     * Statements that name another maker than the chosen one stay visible as {@code identity.conflict} evidence; a
     * brand and its OEM (Lorex and Dahua) are one maker, not a conflict.
     */
    private List<Evidence> conflicts(Statement chosen, List<Statement> statements) {
        String vendor = chosen.vendor().orElseThrow();
        String maker = maker(vendor);
        return statements.stream().filter(st -> st.vendor().isPresent() && !maker(st.vendor().get()).equals(maker))
                .map(st -> new Evidence("identity.conflict", st.source() + " says " + st.vendor().get() + "; kept "
                        + vendor + " from " + chosen.source()))
                .distinct().toList();
    }

    private String maker(String vendor) {
        return vocabulary.manufacturerOf(vendor).orElse(vendor);
    }

    public static Fingerprinter loadDefault() {
        VendorVocabulary vocabulary = VendorVocabulary.loadDefault();
        return new Fingerprinter(FingerprintRules.loadDefault(vocabulary), vocabulary, PortHints.loadDefault());
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
            Optional<FingerprintRule.Match> match = rules.firstMatch(e.source(), e.value());
            match.ifPresent(matches::add);
            if (match.isPresent() || OWN_STATEMENTS.matcher(e.source()).matches()) {
                kept.add(e);
            }
        }
        matches.sort(Comparator.comparing((FingerprintRule.Match m) -> m.rule().strength()).reversed());
        List<VendorApiIdentity> apis = observations.stream()
                .flatMap(o -> o instanceof VendorApiObservation v ? VendorApiIdentity.of(v).stream() : Stream.empty())
                .toList();
        apis.stream().map(VendorApiIdentity::evidence).distinct().forEach(kept::add);
        List<DiscoveryIdentity> discovered = observations.stream()
                .flatMap(o -> o instanceof DiscoveryObservation d ? DiscoveryIdentity.of(d, vocabulary).stream() : Stream.empty())
                .toList();

        // what each source says, strongest first: the device's ONVIF answer, vendor APIs, discovery answers, rules
        List<Statement> statements = new ArrayList<>();
        if (!onvif.isEmpty()) {
            statements.add(new Statement("onvif.manufacturer", Optional.ofNullable(onvif.get("onvif.manufacturer"))
                    .map(m -> vocabulary.canonical(m).orElse(m)), Optional.ofNullable(onvif.get("onvif.model")),
                    Optional.ofNullable(onvif.get("onvif.firmwareversion")), Optional.empty(), IdentityConfidence.HIGH));
        }
        apis.forEach(a -> statements.add(new Statement(a.evidence().source(), Optional.of(a.vendor()), a.model(),
                a.firmware(), a.deviceClass(), IdentityConfidence.HIGH)));
        discovered.forEach(d -> statements.add(new Statement(d.source(), d.vendor(), d.model(), d.firmware(),
                d.deviceClass(), IdentityConfidence.HIGH)));
        // a rule's class is decided by ruleClass below (a weak ordinary class yields to RTSP/ONVIF)
        matches.forEach(m -> statements.add(new Statement(m.rule().source(), m.rule().vendor(), m.model(), m.firmware(),
                Optional.empty(), confidence(m.rule().strength()))));
        Optional<Statement> chosen = statements.stream().filter(st -> st.vendor().isPresent()).findFirst();
        Optional<String> vendor = chosen.flatMap(Statement::vendor);
        Optional<String> model = first(statements, Statement::model);
        Optional<String> firmware = mostPrecise(first(statements, Statement::firmware),
                statements.stream().flatMap(st -> st.firmware().stream()).toList());
        Optional<DeviceClass> cls = first(statements, Statement::deviceClass)
                .or(() -> ruleClass(matches, observations))
                .or(() -> speaksVideo(observations) ? Optional.of(DeviceClass.CAMERA) : Optional.empty());
        if (cls.isEmpty() && vendor.isEmpty()) {
            List<Integer> open = observations.stream()
                    .flatMap(o -> o instanceof OpenPort p ? Stream.of(p.port()) : Stream.empty()).distinct().sorted().toList();
            Optional<PortHints.Hint> hint = portHints.firstMatch(open);
            if (hint.isPresent()) {
                cls = Optional.of(hint.get().deviceClass());
                kept.add(new Evidence("tcp.ports", "open " + open.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + " (port hint " + hint.get().id() + ")"));
            }
        }
        if (evidence.isEmpty() && cls.isEmpty() && apis.isEmpty()) {
            return Identity.unknown();
        }
        chosen.ifPresent(c -> conflicts(c, statements).forEach(kept::add));
        Optional<IdentityConfidence> confidence = chosen.isPresent() ? chosen.map(Statement::confidence)
                : cls.map(c -> IdentityConfidence.LOW);
        return new Identity(vendor, vendor.map(v -> vocabulary.manufacturerOf(v).orElse(v)), model, firmware, cls,
                confidence, cpe.names(vendor, model, firmware), kept);
    }

    /**
     * The class of the strongest class-bearing match (a surveillance class first at equal strength); none when that is
     * a weak ordinary class and the host speaks RTSP or ONVIF (a camera running nginx is not a server).
     */
    private static Optional<DeviceClass> ruleClass(List<FingerprintRule.Match> matches, List<Observation> observations) {
        Optional<FingerprintRule> best = matches.stream().map(FingerprintRule.Match::rule)
                .filter(r -> r.deviceClass().isPresent())
                .max(Comparator.comparing(FingerprintRule::strength)
                        .thenComparing(r -> r.deviceClass().get().isSurveillance()));
        if (best.isPresent() && !best.get().deviceClass().get().isSurveillance()
                && best.get().strength() == Strength.WEAK && speaksVideo(observations)) {
            return Optional.empty();
        }
        return best.flatMap(FingerprintRule::deviceClass);
    }

    /** RTSP answered, or an ONVIF answer that is really SOAP (a fault or data), not any web page's 200. */
    private static boolean speaksVideo(List<Observation> observations) {
        return observations.stream().anyMatch(o -> switch (o) {
            case RtspObservation r -> r.outcome().answer().isPresent();
            case DiscoveryObservation d -> d.outcome().answer().map(x -> x instanceof DiscoveryReply.WsDiscovery w
                    && w.types().stream().anyMatch(t -> t.endsWith("NetworkVideoTransmitter"))).orElse(false);
            case OnvifObservation ov -> ov.outcome().answer()
                    .map(x -> x.fault().isPresent() || (x.succeeded() && !x.fields().isEmpty())).orElse(false);
            default -> false;
        });
    }
}
