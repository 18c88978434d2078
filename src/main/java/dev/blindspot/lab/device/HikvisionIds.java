package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;

/**
 * A Hikvision unit's identifiers in the firmware's formats (samples hikvision/deviceInfo_*.xml, rtsp/hikvision_*).
 * Camera serials are model + 8 digits + {@code CCWR} + 9 digits; NVR serials model + 10 digits + {@code CCRRJ} +
 * 8 digits + {@code WCVU} (deviceInfo_nvr_DS-7608NXI-I2.xml). The RTSP realm of an NVR is not captured; the lab
 * uses its web realm there (see lab/SOURCES.md).
 */
record HikvisionIds(String serial, String mac, String deviceId, String httpRealm, String rtspRealm) {

    static HikvisionIds of(DeviceSpec spec, DeviceIds ids) {
        String uuid = ids.hex("uuid", 32);
        String realm = ids.hex("realm", 24);
        boolean nvr = spec.kind() == DeviceKind.HIKVISION_NVR;
        String serial = nvr
                ? spec.model() + ids.digits("date", 10) + "CCRRJ" + ids.digits("serial", 8) + "WCVU"
                : spec.model() + ids.digits("date", 8) + "CCWR" + ids.digits("serial", 9);
        return new HikvisionIds(serial, ids.mac("44:19:b6"),
                uuid.substring(0, 8) + "-" + uuid.substring(8, 12) + "-" + uuid.substring(12, 16) + "-"
                        + uuid.substring(16, 20) + "-" + uuid.substring(20),
                realm, nvr ? realm : "IP Camera(" + ids.alnum("rtsp-realm", 5) + ")");
    }

    /** {@code V5.2.0} of {@code V5.2.0 build 140721}. */
    static String version(String firmware) {
        int build = firmware.indexOf(" build ");
        return build < 0 ? firmware : firmware.substring(0, build);
    }

    /** {@code build 140721} of {@code V5.2.0 build 140721}, or empty. */
    static String releasedDate(String firmware) {
        int build = firmware.indexOf(" build ");
        return build < 0 ? "" : firmware.substring(build + 1);
    }

    /**
     * True for camera firmware before V5.5 (2014-2017), whose deviceInfo lacks the later elements
     * (firmwareVersionInfo, manufacturer, subSerialNumber, OEMCode): sample deviceInfo_ipc_oldfw_DS-2CD2532F-IWS.xml.
     */
    static boolean oldCameraFirmware(String firmware) {
        String[] parts = version(firmware).replaceFirst("^[Vv]", "").split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 5 || (major == 5 && minor < 5);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
