package dev.blindspot.lab.device;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.lab.DeviceSpec;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies of Dahua's HTTP API CGIs on current firmware, {@code key=value} lines ending in CRLF (samples
 * dahua/magicBox_*, dahua/configManager_getConfig_*): magicBox getDeviceType, getSoftwareVersion, getSystemInfo,
 * getVendor, getMachineName, and configManager getConfig for General, General.MachineName, T2UServer (the P2P
 * cloud link), DDNS and UPnP, each switch on per the spec's features (checks device-p2p-cloud-enabled,
 * device-ddns-enabled, device-upnp-enabled).
 */
final class DahuaCgi {

    private final SimDevice device;
    private final DahuaIds ids;
    private final DahuaBrand brand;

    DahuaCgi(SimDevice device, DahuaIds ids) {
        this.device = device;
        this.ids = ids;
        this.brand = DahuaBrand.of(device.spec());
    }

    /** The body for {@code path?query}, or empty when the firmware would answer 400 Bad Request. */
    Optional<String> body(String path, Map<String, String> query) {
        DeviceSpec spec = device.spec();
        String action = query.getOrDefault("action", "");
        String key = path + "?" + action;
        return Optional.ofNullable(switch (key) {
            case "/cgi-bin/magicBox.cgi?getDeviceType" -> "type=" + spec.model() + "\r\n";
            case "/cgi-bin/magicBox.cgi?getSoftwareVersion" -> "version=" + spec.firmware() + "\r\n";
            case "/cgi-bin/magicBox.cgi?getVendor" -> "vendor=" + brand.vendor() + "\r\n";
            case "/cgi-bin/magicBox.cgi?getMachineName" -> "name=" + machineName() + "\r\n";
            case "/cgi-bin/magicBox.cgi?getSystemInfo" -> device.templates().render(recorder()
                    ? "dahua/systemInfo_nvr.txt" : "dahua/systemInfo_ipc.txt",
                    Map.of("model", spec.model(), "serial", ids.serial(), "updateSerial", spec.model()));
            case "/cgi-bin/configManager.cgi?getConfig" -> config(query.getOrDefault("name", ""));
            default -> null;
        });
    }

    private String config(String name) {
        return switch (name) {
            case "General" -> device.templates().render("dahua/general.txt", Map.of("machineName", machineName(),
                    "lockEnable", Boolean.toString(device.spec().lockoutThreshold() > 0),
                    "lockTimes", Integer.toString(Math.max(device.spec().lockoutThreshold(), 1)),
                    "lockSeconds", Integer.toString(device.spec().lockoutMinutes() * 60)));
            case "General.MachineName" -> "table.General.MachineName=" + machineName() + "\r\n";
            case "T2UServer" -> device.templates().render("dahua/t2userver.txt", Map.of(
                    "address", brand.p2pAddress(), "registerServer", brand.p2pRegisterServer(),
                    "uuid", ids.serial(), "username", device.ids().hex("p2p-user", 32),
                    "enabled", Boolean.toString(device.spec().features().p2pCloud())));
            // issue 7: DDNS and UPnP per the spec's features (modelled, see lab/SOURCES.md)
            case "DDNS" -> device.templates().render("dahua/ddns.txt", Map.of("enabled",
                    Boolean.toString(device.spec().features().ddns()), "server", "www.dahuaddns.com",
                    "domain", device.spec().features().ddns() ? ids.serial().toLowerCase(java.util.Locale.ROOT)
                            + ".dahuaddns.com" : "", "protocol", "Dahua DDNS"));
            case "UPnP" -> device.templates().render("dahua/upnp.txt", Map.of("enabled",
                    Boolean.toString(device.spec().features().upnp())));
            default -> null;
        };
    }

    /** Cameras are named after their serial number (DHIP discovery sample), NVRs "NVR" (rroller/dahua#101). */
    String machineName() {
        return recorder() ? "NVR" : ids.serial();
    }

    private boolean recorder() {
        return device.spec().deviceClass() == DeviceClass.RECORDER;
    }
}
