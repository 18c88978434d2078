package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceSpec;

/** A Hikvision unit's identifiers in the firmware's formats (see samples hikvision/deviceInfo_*.xml, rtsp/hikvision_*). */
record HikvisionIds(String serial, String mac, String deviceId, String httpRealm, String rtspRealm) {

    static HikvisionIds of(DeviceSpec spec, DeviceIds ids) {
        String uuid = ids.hex("uuid", 32);
        return new HikvisionIds(
                spec.model() + ids.digits("date", 8) + "CCWR" + ids.digits("serial", 9),
                ids.mac("44:19:b6"),
                uuid.substring(0, 8) + "-" + uuid.substring(8, 12) + "-" + uuid.substring(12, 16) + "-"
                        + uuid.substring(16, 20) + "-" + uuid.substring(20),
                ids.hex("realm", 24),
                "IP Camera(" + ids.alnum("rtsp-realm", 5) + ")");
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
}
