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
 *
 * <p>Read after login with a proven credential ({@code dev.blindspot.credential.AuthenticatedIdentityReader}):
 * Hikvision deviceInfo gives model, firmware ({@code firmwareVersion firmwareReleasedDate}, e.g. {@code V5.7.18 build
 * 240826}) and the class from {@code deviceType} (IPCamera/IPC camera; NVR/DVR recorder); Dahua getSystemInfo gives
 * the model ({@code deviceType}, or {@code updateSerial} where recorders put a number there) and the class from it,
 * getSoftwareVersion the firmware; Reolink GetDevInfo gives model, firmware ({@code firmVer}) and the class ({@code
 * type} NVR or several channels: recorder; IPC: camera). The vendor is the brand the first pass named (OEM brands stay brands).
 */
record VendorApiIdentity(String vendor, Optional<String> model, Optional<String> firmware,
                         Optional<DeviceClass> deviceClass, Evidence evidence) {

    VendorApiIdentity(String vendor, Optional<String> model, Optional<String> firmware, DeviceClass deviceClass,
                      Evidence evidence) {
        this(vendor, model, firmware, Optional.of(deviceClass), evidence);
    }

    private static final Pattern VERSION = Pattern.compile("[Vv]?\\d+(\\.\\d+)+.*"); // Amcrest: V2.420.AC00.18.R

    static Optional<VendorApiIdentity> of(VendorApiObservation o) {
        return o.outcome().answer().flatMap(reply -> switch (o.api()) {
            case "axis.basicdeviceinfo" -> axis(reply);
            case "zoneminder.version" -> zoneMinder(reply);
            case "frigate.version" -> frigate(reply);
            case "agentdvr.status" -> agentDvr(reply);
            case "nx.moduleinformation" -> nx(reply);
            case "synology.apiinfo" -> synology(reply);
            case "hikvision.deviceinfo" -> hikvision(reply);
            case "dahua.systeminfo" -> dahuaSystem(reply);
            case "dahua.softwareversion" -> dahuaVersion(reply);
            case "reolink.devinfo" -> reolink(reply);
            case "uniview.deviceinfo" -> keyed(reply, "Uniview", "DeviceModel", "FirmwareVersion", "DeviceModel", "uniview.deviceinfo");
            case "hanwha.deviceinfo" -> keyed(reply, "Hanwha", "Model", "FirmwareVersion", "DeviceType", "hanwha.deviceinfo");
            case "dlink.info", "qnap.authlogin", "nuuo.currentinfo" -> KevVendorIdentity.of(o.api(), reply);
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

    private static final Pattern RECORDER = Pattern.compile("(?i).*(NVR|DVR|HVR|XVR|HCVR).*");
    private static final Pattern CAMERA = Pattern.compile("(?i).*(IPC|camera|dome|SD\\d).*");

    private static Optional<DeviceClass> classOf(String type) {
        return RECORDER.matcher(type).matches() ? Optional.of(DeviceClass.RECORDER)
                : CAMERA.matcher(type).matches() ? Optional.of(DeviceClass.CAMERA) : Optional.empty();
    }

    private static Optional<VendorApiIdentity> hikvision(VendorApiReply r) {
        Map<String, String> f = r.fields();
        if (r.status() != 200 || !f.containsKey("model")) {
            return Optional.empty();
        }
        Optional<String> firmware = Optional.ofNullable(f.get("firmwareVersion"))
                .map(v -> f.containsKey("firmwareReleasedDate") ? v + " " + f.get("firmwareReleasedDate") : v);
        return Optional.of(new VendorApiIdentity(f.getOrDefault("brand", "Hikvision"), Optional.of(f.get("model")),
                firmware, classOf(f.getOrDefault("deviceType", "")),
                evidence("hikvision.deviceinfo", f, "model", "firmwareVersion", "firmwareReleasedDate", "deviceType")));
    }

    private static Optional<VendorApiIdentity> dahuaSystem(VendorApiReply r) {
        Map<String, String> f = r.fields();
        Optional<String> model = Optional.ofNullable(f.get("deviceType")).filter(t -> !t.matches("\\d+"))
                .or(() -> Optional.ofNullable(f.get("updateSerial")));
        if (r.status() != 200 || model.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VendorApiIdentity(f.getOrDefault("brand", "Dahua"), model, Optional.empty(),
                classOf(model.get()), evidence("dahua.systeminfo", f, "deviceType", "updateSerial")));
    }

    /** GetDevInfo: type NVR (or more than one channel) is a recorder, IPC a camera; firmVer is the firmware. */
    private static Optional<VendorApiIdentity> reolink(VendorApiReply r) {
        Map<String, String> f = r.fields();
        if (r.status() != 200 || !f.containsKey("model")) {
            return Optional.empty();
        }
        String type = f.getOrDefault("type", "");
        boolean recorder = RECORDER.matcher(type).matches()
                || f.getOrDefault("channelNum", "1").matches("0*([2-9]|\\d{2,})");
        Optional<DeviceClass> cls = recorder ? Optional.of(DeviceClass.RECORDER)
                : type.equalsIgnoreCase("IPC") ? Optional.of(DeviceClass.CAMERA) : Optional.empty();
        return Optional.of(new VendorApiIdentity(f.getOrDefault("brand", "Reolink"), Optional.of(f.get("model")),
                Optional.ofNullable(f.get("firmVer")), cls,
                evidence("reolink.devinfo", f, "model", "firmVer", "type", "channelNum")));
    }

    /**
     * A logged-in device-information read that names model and firmware under fixed keys (Uniview LAPI, Hanwha SUNAPI);
     * the class comes from {@code typeKey} (Hanwha's DeviceType NWC is a network camera, NVR a recorder) or the model.
     */
    private static Optional<VendorApiIdentity> keyed(VendorApiReply r, String maker, String modelKey, String firmwareKey,
                                                     String typeKey, String api) {
        Map<String, String> f = r.fields();
        if (r.status() != 200 || !f.containsKey(modelKey)) {
            return Optional.empty();
        }
        String type = f.getOrDefault(typeKey, "");
        Optional<DeviceClass> cls = type.equalsIgnoreCase("NWC") ? Optional.of(DeviceClass.CAMERA) : classOf(type);
        return Optional.of(new VendorApiIdentity(f.getOrDefault("brand", maker), Optional.of(f.get(modelKey)),
                Optional.ofNullable(f.get(firmwareKey)), cls,
                evidence(api, f, java.util.stream.Stream.of(modelKey, firmwareKey, typeKey).distinct().toArray(String[]::new))));
    }

    private static Optional<VendorApiIdentity> dahuaVersion(VendorApiReply r) {
        Map<String, String> f = r.fields();
        Optional<String> version = Optional.ofNullable(f.get("version")).filter(v -> VERSION.matcher(v).matches());
        return version.filter(v -> r.status() == 200).map(v -> new VendorApiIdentity(f.getOrDefault("brand", "Dahua"),
                Optional.empty(), Optional.of(v), Optional.empty(), evidence("dahua.softwareversion", f, "version")));
    }

    static Evidence evidence(String api, Map<String, String> f, String... names) {
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
