package dev.blindspot.lab;

import dev.blindspot.inventory.DeviceClass;
import java.util.Objects;

/**
 * What one simulated device is and how it is configured. The answer key is derived from this alone.
 *
 * @param lockoutThreshold failed logins (per client address) after which the device locks; 0 disables lockout
 * @param lockoutMinutes   how long a lock lasts
 */
public record DeviceSpec(DeviceKind kind, String vendor, String model, String firmware, DeviceClass deviceClass,
                         String username, String password, HttpAuth httpAuth, RtspAuth rtspAuth,
                         OnvifAuthMode onvifAuthMode, boolean telnet, boolean ftp, int lockoutThreshold,
                         int lockoutMinutes) {

    public DeviceSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(deviceClass, "deviceClass");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(httpAuth, "httpAuth");
        Objects.requireNonNull(rtspAuth, "rtspAuth");
        Objects.requireNonNull(onvifAuthMode, "onvifAuthMode");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (lockoutThreshold < 0 || lockoutMinutes < 0) {
            throw new IllegalArgumentException("lockout threshold and minutes must be >= 0");
        }
    }

    /** The usual setup of a kind, with its planted weaknesses (see {@link Weakness#of(DeviceSpec)}). */
    public static DeviceSpec defaults(DeviceKind kind) {
        return switch (kind) {
            // Old firmware (before forced activation) shipped with admin/12345; Digest web auth; illegal-login lock on.
            case HIKVISION_CAMERA -> new DeviceSpec(kind, "Hikvision", "DS-2CD2532F-IWS", "V5.2.0 build 140721",
                    DeviceClass.CAMERA, "admin", "12345", HttpAuth.DIGEST, RtspAuth.DIGEST, OnvifAuthMode.STANDARD,
                    false, false, 5, 30);
            // ONVIF answers everything without credentials and stream1 is open; the password itself is strong.
            case GENERIC_ONVIF_CAMERA -> new DeviceSpec(kind, "Generic", "IPC-HX3518", "V4.02.R11.0010",
                    DeviceClass.CAMERA, "admin", "Qz7!mW4#tLp9", HttpAuth.DIGEST, RtspAuth.NONE,
                    OnvifAuthMode.OPEN, false, false, 0, 0);
            case HARDENED_CAMERA -> new DeviceSpec(kind, "Axis", "M1065-LW", "9.80.1", DeviceClass.CAMERA,
                    "root", "Vh3$kP8!rN2w", HttpAuth.DIGEST, RtspAuth.DIGEST, OnvifAuthMode.STANDARD,
                    false, false, 0, 0);
            // IPC-HFW4300S-V2 fw 2.420 (2014): CGI only speaks Basic, telnet on, admin/admin.
            case DAHUA_OLD_CAMERA -> new DeviceSpec(kind, "Dahua", "IPC-HFW4300S-V2", "2.420.0000.0.R,build:2014-05-24",
                    DeviceClass.CAMERA, "admin", "admin", HttpAuth.BASIC, RtspAuth.DIGEST, OnvifAuthMode.STANDARD,
                    true, false, 5, 30);
            // Hostile devices (HostileDevices): no vendor to recognise, strong passwords, nothing open by mistake.
            case HOSTILE_SLOWLORIS, HOSTILE_ENDLESS_BODY, HOSTILE_HUGE_HEADER, HOSTILE_XML_BOMB, HOSTILE_GZIP_BOMB,
                 HOSTILE_RTSP_GARBAGE -> new DeviceSpec(kind, HostileStrings.NO_VENDOR,
                    kind.name().substring("HOSTILE_".length()).toLowerCase(java.util.Locale.ROOT), "n/a",
                    DeviceClass.OTHER, "admin", "Hs7!qR2#vL9p", HttpAuth.DIGEST, RtspAuth.DIGEST,
                    kind == DeviceKind.HOSTILE_XML_BOMB ? OnvifAuthMode.STANDARD : OnvifAuthMode.DISABLED,
                    false, kind == DeviceKind.HOSTILE_SLOWLORIS, 0, 0);
            // Hostile strings as vendor/model/firmware (its ONVIF identity); the open services are real weaknesses.
            case HOSTILE_INJECTION -> new DeviceSpec(kind, HostileStrings.VENDOR, HostileStrings.MODEL,
                    HostileStrings.FIRMWARE, DeviceClass.CAMERA, "admin", "Ij4$wK8!nT3q", HttpAuth.BASIC, RtspAuth.NONE,
                    OnvifAuthMode.OPEN, true, true, 0, 0);
        };
    }

    public DeviceSpec withModel(String newModel) {
        return new DeviceSpec(kind, vendor, newModel, firmware, deviceClass, username, password, httpAuth, rtspAuth,
                onvifAuthMode, telnet, ftp, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withFirmware(String newFirmware) {
        return new DeviceSpec(kind, vendor, model, newFirmware, deviceClass, username, password, httpAuth, rtspAuth,
                onvifAuthMode, telnet, ftp, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withVendor(String newVendor) {
        return new DeviceSpec(kind, newVendor, model, firmware, deviceClass, username, password, httpAuth, rtspAuth,
                onvifAuthMode, telnet, ftp, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withCredentials(String newUsername, String newPassword) {
        return new DeviceSpec(kind, vendor, model, firmware, deviceClass, newUsername, newPassword, httpAuth, rtspAuth,
                onvifAuthMode, telnet, ftp, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withPassword(String newPassword) {
        return withCredentials(username, newPassword);
    }

    public DeviceSpec withHttpAuth(HttpAuth newHttpAuth) {
        return new DeviceSpec(kind, vendor, model, firmware, deviceClass, username, password, newHttpAuth, rtspAuth,
                onvifAuthMode, telnet, ftp, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withRtspAuth(RtspAuth newRtspAuth) {
        return new DeviceSpec(kind, vendor, model, firmware, deviceClass, username, password, httpAuth, newRtspAuth,
                onvifAuthMode, telnet, ftp, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withOnvifAuthMode(OnvifAuthMode newMode) {
        return new DeviceSpec(kind, vendor, model, firmware, deviceClass, username, password, httpAuth, rtspAuth,
                newMode, telnet, ftp, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withTelnet(boolean enabled) {
        return new DeviceSpec(kind, vendor, model, firmware, deviceClass, username, password, httpAuth, rtspAuth,
                onvifAuthMode, enabled, ftp, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withFtp(boolean enabled) {
        return new DeviceSpec(kind, vendor, model, firmware, deviceClass, username, password, httpAuth, rtspAuth,
                onvifAuthMode, telnet, enabled, lockoutThreshold, lockoutMinutes);
    }

    public DeviceSpec withLockout(int threshold, int minutes) {
        return new DeviceSpec(kind, vendor, model, firmware, deviceClass, username, password, httpAuth, rtspAuth,
                onvifAuthMode, telnet, ftp, threshold, minutes);
    }

    @Override
    public String toString() {
        return "DeviceSpec[" + kind + " " + vendor + " " + model + " " + firmware + ", user=" + username
                + ", http=" + httpAuth + ", rtsp=" + rtspAuth + ", onvif=" + onvifAuthMode + ", telnet=" + telnet
                + ", ftp=" + ftp + ", lockout=" + lockoutThreshold + "/" + lockoutMinutes + "min]";
    }
}
