package dev.blindspot.lab;

import dev.blindspot.inventory.DeviceClass;
import java.util.Objects;

/**
 * What one simulated device is and how it is configured. The answer key is derived from this alone.
 *
 * <p>Build variants with {@link #toBuilder()} or the {@code with...} methods. The 14-argument constructor (what
 * {@link #defaults(DeviceKind)} uses) leaves the newer settings at their usual values: password kind derived
 * from the password, the kind's usual services, no convenience features.
 *
 * @param lockoutThreshold failed logins (per client address) after which the device locks; 0 disables lockout
 * @param lockoutMinutes   how long a lock lasts
 * @param passwordKind     where the password comes from; {@link PasswordKind#VENDOR_DEFAULT} exactly when the
 *                         account is the vendor's factory account (normalised on construction)
 * @param services         ports moved, services off, HTTPS
 * @param features         anonymous viewer, UPnP, P2P cloud, DDNS
 */
public record DeviceSpec(DeviceKind kind, String vendor, String model, String firmware, DeviceClass deviceClass,
                         String username, String password, HttpAuth httpAuth, RtspAuth rtspAuth,
                         OnvifAuthMode onvifAuthMode, boolean telnet, boolean ftp, int lockoutThreshold,
                         int lockoutMinutes, PasswordKind passwordKind, Services services, Features features) {

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
        Objects.requireNonNull(passwordKind, "passwordKind");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(features, "features");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (lockoutThreshold < 0 || lockoutMinutes < 0) {
            throw new IllegalArgumentException("lockout threshold and minutes must be >= 0");
        }
        if (Weakness.isVendorDefault(kind, username, password)) {
            passwordKind = PasswordKind.VENDOR_DEFAULT;
        } else if (passwordKind == PasswordKind.VENDOR_DEFAULT) {
            passwordKind = PasswordKind.UNIQUE;
        }
    }

    /** The original settings; password kind derived from the password, usual services, no features. */
    public DeviceSpec(DeviceKind kind, String vendor, String model, String firmware, DeviceClass deviceClass,
                      String username, String password, HttpAuth httpAuth, RtspAuth rtspAuth,
                      OnvifAuthMode onvifAuthMode, boolean telnet, boolean ftp, int lockoutThreshold,
                      int lockoutMinutes) {
        this(kind, vendor, model, firmware, deviceClass, username, password, httpAuth, rtspAuth, onvifAuthMode,
                telnet, ftp, lockoutThreshold, lockoutMinutes, PasswordKind.UNIQUE, Services.USUAL, Features.NONE);
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
        };
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public DeviceSpec withModel(String newModel) {
        return toBuilder().model(newModel).build();
    }

    public DeviceSpec withFirmware(String newFirmware) {
        return toBuilder().firmware(newFirmware).build();
    }

    public DeviceSpec withVendor(String newVendor) {
        return toBuilder().vendor(newVendor).build();
    }

    /** A unique account ({@link PasswordKind#VENDOR_DEFAULT} when it is the factory account). */
    public DeviceSpec withCredentials(String newUsername, String newPassword) {
        return toBuilder().username(newUsername).password(newPassword).passwordKind(PasswordKind.UNIQUE).build();
    }

    public DeviceSpec withPassword(String newPassword) {
        return withCredentials(username, newPassword);
    }

    /** A password several devices of the fleet use with the same username. */
    public DeviceSpec withSharedPassword(String sharedPassword) {
        return toBuilder().password(sharedPassword).passwordKind(PasswordKind.SHARED).build();
    }

    public DeviceSpec withHttpAuth(HttpAuth newHttpAuth) {
        return toBuilder().httpAuth(newHttpAuth).build();
    }

    public DeviceSpec withRtspAuth(RtspAuth newRtspAuth) {
        return toBuilder().rtspAuth(newRtspAuth).build();
    }

    public DeviceSpec withOnvifAuthMode(OnvifAuthMode newMode) {
        return toBuilder().onvifAuthMode(newMode).build();
    }

    public DeviceSpec withTelnet(boolean enabled) {
        return toBuilder().telnet(enabled).build();
    }

    public DeviceSpec withFtp(boolean enabled) {
        return toBuilder().ftp(enabled).build();
    }

    public DeviceSpec withLockout(int threshold, int minutes) {
        return toBuilder().lockout(threshold, minutes).build();
    }

    public DeviceSpec withServices(Services newServices) {
        return toBuilder().services(newServices).build();
    }

    public DeviceSpec withFeatures(Features newFeatures) {
        return toBuilder().features(newFeatures).build();
    }

    /** HTTPS on 443 (or where {@link Services#ports()} moves it) with a self-signed certificate for {@code subject}. */
    public DeviceSpec withTls(String subject) {
        return withServices(services.withTls(true, java.util.Optional.of(subject)));
    }

    @Override
    public String toString() {
        return "DeviceSpec[" + kind + " " + vendor + " " + model + " " + firmware + ", user=" + username
                + ", http=" + httpAuth + ", rtsp=" + rtspAuth + ", onvif=" + onvifAuthMode + ", telnet=" + telnet
                + ", ftp=" + ftp + ", lockout=" + lockoutThreshold + "/" + lockoutMinutes + "min, password=" + passwordKind
                + ", " + services + ", " + features + "]";
    }

    /** Mutable builder for variants of a spec; {@link #build()} validates. */
    public static final class Builder {
        private DeviceKind kind;
        private String vendor;
        private String model;
        private String firmware;
        private DeviceClass deviceClass;
        private String username;
        private String password;
        private HttpAuth httpAuth;
        private RtspAuth rtspAuth;
        private OnvifAuthMode onvifAuthMode;
        private boolean telnet;
        private boolean ftp;
        private int lockoutThreshold;
        private int lockoutMinutes;
        private PasswordKind passwordKind;
        private Services services;
        private Features features;

        private Builder(DeviceSpec s) {
            kind = s.kind;
            vendor = s.vendor;
            model = s.model;
            firmware = s.firmware;
            deviceClass = s.deviceClass;
            username = s.username;
            password = s.password;
            httpAuth = s.httpAuth;
            rtspAuth = s.rtspAuth;
            onvifAuthMode = s.onvifAuthMode;
            telnet = s.telnet;
            ftp = s.ftp;
            lockoutThreshold = s.lockoutThreshold;
            lockoutMinutes = s.lockoutMinutes;
            passwordKind = s.passwordKind;
            services = s.services;
            features = s.features;
        }

        public Builder vendor(String value) {
            vendor = value;
            return this;
        }

        public Builder model(String value) {
            model = value;
            return this;
        }

        public Builder firmware(String value) {
            firmware = value;
            return this;
        }

        public Builder deviceClass(DeviceClass value) {
            deviceClass = value;
            return this;
        }

        public Builder username(String value) {
            username = value;
            return this;
        }

        public Builder password(String value) {
            password = value;
            return this;
        }

        public Builder passwordKind(PasswordKind value) {
            passwordKind = value;
            return this;
        }

        public Builder httpAuth(HttpAuth value) {
            httpAuth = value;
            return this;
        }

        public Builder rtspAuth(RtspAuth value) {
            rtspAuth = value;
            return this;
        }

        public Builder onvifAuthMode(OnvifAuthMode value) {
            onvifAuthMode = value;
            return this;
        }

        public Builder telnet(boolean value) {
            telnet = value;
            return this;
        }

        public Builder ftp(boolean value) {
            ftp = value;
            return this;
        }

        public Builder lockout(int threshold, int minutes) {
            lockoutThreshold = threshold;
            lockoutMinutes = minutes;
            return this;
        }

        public Builder services(Services value) {
            services = value;
            return this;
        }

        public Builder features(Features value) {
            features = value;
            return this;
        }

        public DeviceSpec build() {
            return new DeviceSpec(kind, vendor, model, firmware, deviceClass, username, password, httpAuth, rtspAuth,
                    onvifAuthMode, telnet, ftp, lockoutThreshold, lockoutMinutes, passwordKind, services, features);
        }
    }
}
