package dev.blindspot.fingerprint;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Evidence;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a vendor API answer says about a device: strong evidence, since the device's own API names itself.
 * Evidence sources are {@code vendor.<api>} (e.g. {@code vendor.axis.basicdeviceinfo}).
 *
 * <p>Axis: Brand AXIS (or a product name starting with AXIS) gives the vendor, ProdNbr the model, Version the
 * firmware; ProdType says encoder or recorder, otherwise camera. ZoneMinder: a version answer, or the API's
 * CakePHP 401 ({@code UnauthorizedException}), names ZoneMinder (class vms). Frigate: a version answer on the
 * Frigate UI's port names Frigate (class vms). Agent DVR: a status answer with a version and the install's id
 * names Agent DVR and its version. Nx Witness: a module answer of type "Media Server" with a version names Nx
 * Witness and its version. Synology: an API directory listing Surveillance Station's API names a Synology host
 * running Surveillance Station (class vms; DSM does not say its version without login).
 */
record VendorApiIdentity(String vendor, Optional<String> model, Optional<String> firmware, DeviceClass deviceClass,
                         Evidence evidence) {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)+.*");

    static Optional<VendorApiIdentity> of(VendorApiObservation o) {
        return o.outcome().answer().flatMap(reply -> switch (o.api()) {
            case "axis.basicdeviceinfo" -> axis(reply);
            case "zoneminder.version" -> zoneMinder(reply);
            case "frigate.version" -> frigate(reply);
            case "agentdvr.status" -> agentDvr(reply);
            case "nx.moduleinformation" -> nx(reply);
            case "synology.apiinfo" -> synology(reply);
            default -> Optional.empty();
        });
    }

    private static Optional<VendorApiIdentity> axis(VendorApiReply r) {
        Map<String, String> f = r.fields();
        boolean axis = f.getOrDefault("Brand", "").equalsIgnoreCase("AXIS")
                || f.getOrDefault("ProdShortName", "").toUpperCase(Locale.ROOT).startsWith("AXIS ");
        if (r.status() != 200 || !axis) {
            return Optional.empty();
        }
        String type = f.getOrDefault("ProdType", "").toLowerCase(Locale.ROOT);
        DeviceClass cls = type.contains("encoder") ? DeviceClass.ENCODER
                : type.contains("recorder") ? DeviceClass.RECORDER : DeviceClass.CAMERA;
        Optional<String> model = Optional.ofNullable(f.get("ProdNbr"))
                .or(() -> Optional.ofNullable(f.get("ProdShortName")).map(n -> n.replaceFirst("(?i)^AXIS\\s+", "")));
        return Optional.of(new VendorApiIdentity("Axis", model, Optional.ofNullable(f.get("Version")), cls,
                evidence("axis.basicdeviceinfo", f, "Brand", "ProdNbr", "ProdType", "Version")));
    }

    private static Optional<VendorApiIdentity> zoneMinder(VendorApiReply r) {
        Map<String, String> f = r.fields();
        Optional<String> version = Optional.ofNullable(f.get("version")).filter(v -> VERSION.matcher(v).matches());
        boolean cakeAuth = r.status() == 401 && "UnauthorizedException".equals(f.get("exception"));
        if ((r.status() == 200 && version.isPresent() && f.containsKey("apiversion")) || cakeAuth) {
            return Optional.of(new VendorApiIdentity("ZoneMinder", Optional.empty(), version, DeviceClass.VMS,
                    cakeAuth ? new Evidence("vendor.zoneminder.version", "401 " + f.get("exception"))
                            : evidence("zoneminder.version", f, "version", "apiversion")));
        }
        return Optional.empty();
    }

    private static Optional<VendorApiIdentity> frigate(VendorApiReply r) {
        return Optional.ofNullable(r.fields().get("version")).filter(v -> r.status() == 200)
                .map(v -> new VendorApiIdentity("Frigate", Optional.empty(), Optional.of(v), DeviceClass.VMS,
                        new Evidence("vendor.frigate.version", "version=" + v)));
    }

    private static Optional<VendorApiIdentity> agentDvr(VendorApiReply r) {
        Map<String, String> f = r.fields();
        Optional<String> version = Optional.ofNullable(f.get("version")).filter(v -> VERSION.matcher(v).matches());
        if (r.status() != 200 || version.isEmpty() || !f.containsKey("unique")) {
            return Optional.empty();
        }
        return Optional.of(new VendorApiIdentity("Agent DVR", Optional.empty(), version, DeviceClass.VMS,
                evidence("agentdvr.status", f, "version")));
    }

    private static Optional<VendorApiIdentity> nx(VendorApiReply r) {
        Map<String, String> f = r.fields();
        Optional<String> version = Optional.ofNullable(f.get("version")).filter(v -> VERSION.matcher(v).matches());
        if (r.status() != 200 || version.isEmpty() || !"Media Server".equals(f.get("type"))) {
            return Optional.empty();
        }
        return Optional.of(new VendorApiIdentity("Nx Witness", Optional.empty(), version, DeviceClass.VMS,
                evidence("nx.moduleinformation", f, "type", "version", "customization", "brand")));
    }

    private static Optional<VendorApiIdentity> synology(VendorApiReply r) {
        Map<String, String> f = r.fields();
        if (r.status() != 200 || !"true".equals(f.get("success")) || !f.containsKey("surveillanceStation")) {
            return Optional.empty();
        }
        return Optional.of(new VendorApiIdentity("Synology", Optional.of("Surveillance Station"), Optional.empty(),
                DeviceClass.VMS, evidence("synology.apiinfo", f, "surveillanceStation", "ssInfoMaxVersion")));
    }

    private static Evidence evidence(String api, Map<String, String> f, String... names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            String v = f.get(n);
            if (v != null) {
                b.append(b.isEmpty() ? "" : "; ").append(n).append('=').append(v);
            }
        }
        String value = b.toString();
        return new Evidence("vendor." + api, value.length() > EvidenceExtractor.MAX_VALUE
                ? value.substring(0, EvidenceExtractor.MAX_VALUE) : value);
    }
}
