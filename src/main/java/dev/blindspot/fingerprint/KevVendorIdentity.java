package dev.blindspot.fingerprint;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.VendorApiReply;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identity from the unauthenticated reads of the KEV lab's vendors ({@link VendorApiIdentity} hands them here):
 * D-Link {@code /common/info.cgi} (model, {@code version} is the firmware; DNR models are recorders, DCS cameras),
 * QNAP {@code authLogin.cgi} (internalModelName or modelName, firmware {@code version}; VioStor models {@code VS-}
 * are recorders), NUUO {@code getcurrentinfo} ({@code Titan} is the firmware, {@code Model} the model; a recorder).
 */
final class KevVendorIdentity {

    private static final Pattern DLINK_MODEL = Pattern.compile("D[A-Z]{2}-[0-9A-Z]{2,12}");
    private static final Pattern VERSION = Pattern.compile("[0-9][0-9A-Za-z._-]{0,40}");

    private KevVendorIdentity() {}

    static Optional<VendorApiIdentity> of(String api, VendorApiReply r) {
        Map<String, String> f = r.fields();
        if (r.status() != 200) {
            return Optional.empty();
        }
        return switch (api) {
            case "dlink.info" -> Optional.ofNullable(f.get("model")).filter(m -> DLINK_MODEL.matcher(m).matches())
                    .map(m -> new VendorApiIdentity("D-Link", Optional.of(m), version(f.get("version")),
                            m.startsWith("DNR") ? DeviceClass.RECORDER : DeviceClass.CAMERA,
                            VendorApiIdentity.evidence("dlink.info", f, "model", "version", "hw_version")));
            case "qnap.authlogin" -> Optional.ofNullable(f.getOrDefault("internalModelName", f.get("modelName")))
                    .map(m -> new VendorApiIdentity("QNAP", Optional.of(m), version(f.get("version")),
                            m.startsWith("VS-") ? Optional.of(DeviceClass.RECORDER) : Optional.empty(),
                            VendorApiIdentity.evidence("qnap.authlogin", f, "internalModelName", "modelName",
                                    "version", "build")));
            case "nuuo.currentinfo" -> version(f.get("Titan"))
                    .map(v -> new VendorApiIdentity("NUUO", Optional.ofNullable(f.get("Model")), Optional.of(v),
                            DeviceClass.RECORDER, VendorApiIdentity.evidence("nuuo.currentinfo", f, "Model", "Titan")));
            default -> Optional.empty();
        };
    }

    private static Optional<String> version(String value) {
        return Optional.ofNullable(value).filter(v -> VERSION.matcher(v).matches());
    }
}
