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
 * @param app              settings of VMS applications and network gear ({@link AppSettings#DEFAULT} for cameras)
 * @param passwordKind     where the password comes from; {@link PasswordKind#VENDOR_DEFAULT} exactly when the
 *                         account is the vendor's factory account (normalised on construction)
 * @param services         ports moved, services off, HTTPS
 * @param features         anonymous viewer, UPnP, P2P cloud, DDNS
 */
public record DeviceSpec(DeviceKind kind, String vendor, String model, String firmware, DeviceClass deviceClass,
                         String username, String password, HttpAuth httpAuth, RtspAuth rtspAuth,
                         OnvifAuthMode onvifAuthMode, boolean telnet, boolean ftp, int lockoutThreshold,
                         int lockoutMinutes, AppSettings app, PasswordKind passwordKind, Services services,
                         Features features) {

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
        Objects.requireNonNull(app, "app");
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

    /** The original settings; password kind derived from the password, usual services, no features, camera (no app). */
    public DeviceSpec(DeviceKind kind, String vendor, String model, String firmware, DeviceClass deviceClass,
                      String username, String password, HttpAuth httpAuth, RtspAuth rtspAuth,
                      OnvifAuthMode onvifAuthMode, boolean telnet, boolean ftp, int lockoutThreshold,
                      int lockoutMinutes) {
        this(kind, vendor, model, firmware, deviceClass, username, password, httpAuth, rtspAuth, onvifAuthMode,
                telnet, ftp, lockoutThreshold, lockoutMinutes, AppSettings.DEFAULT, PasswordKind.UNIQUE, Services.USUAL,
                Features.NONE);
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
            // --- vmsnet: VMS applications and non-surveillance hosts (their defaults are explained in SOURCES.md)
            // Frigate 0.14+: auth on for 8971 with a generated admin password; port 5000 published (docs compose file).
            case FRIGATE -> app(kind, "Frigate", "Frigate", "0.14.1-f4f3cfa", DeviceClass.VMS, "admin",
                    "4f1c9a0e7b2d6e83a5c0f9b1d4e7a2c6", AppSettings.DEFAULT.withInternalPortOpen(true));
            // ZoneMinder ships with OPT_USE_AUTH off; when turned on, the built-in account is admin/admin.
            case ZONEMINDER -> app(kind, "ZoneMinder", "ZoneMinder", "1.36.33", DeviceClass.VMS, "admin", "admin",
                    AppSettings.DEFAULT.withLoginRequired(false));
            case SHINOBI -> app(kind, "Shinobi", "Shinobi CE", "", DeviceClass.VMS, "operator@example.org",
                    "Sh7#pQ2!vM9x", AppSettings.DEFAULT);
            // motionEye's admin account has an empty password until the user sets one.
            case MOTIONEYE -> app(kind, "motionEye", "motionEye", "0.42.1", DeviceClass.VMS, "admin", "",
                    AppSettings.DEFAULT);
            case BLUE_IRIS -> app(kind, "Blue Iris", "Blue Iris 5", "5.8.0.11", DeviceClass.VMS, "admin",
                    "Bi4!nR8#qW2z", AppSettings.DEFAULT);
            case MILESTONE -> app(kind, "Milestone", "XProtect Mobile Server", "2023 R2", DeviceClass.VMS,
                    "operator", "Ms6$tK3!pL8v", AppSettings.DEFAULT);
            case UPNP_ROUTER -> app(kind, "NETGEAR", "R7500v2", "V1.0.3.46", DeviceClass.NETWORK, "admin",
                    "Ng5!rT7#wX3k", AppSettings.DEFAULT);
            case WORKSTATION -> app(kind, "Debian", "Debian 12", "Apache/2.4.62", DeviceClass.WORKSTATION, "user",
                    "Db8#mQ4!zK7p", AppSettings.DEFAULT);
            case PRINTER -> app(kind, "HP", "HP LaserJet Pro M404dn", "002.2149A", DeviceClass.PRINTER, "admin",
                    "Hp3!vN6#sR9t", AppSettings.DEFAULT);
            // --- camera vendors part 1 ---
            // Current NVR firmware forces activation with a strong password; the illegal-login lock is on.
            case HIKVISION_NVR -> new DeviceSpec(kind, "Hikvision", "DS-7608NXI-I2/8P/S", "V4.62.210 build 230619",
                    DeviceClass.RECORDER, "admin", "Nv7#qT2!xLm8", HttpAuth.DIGEST, RtspAuth.DIGEST,
                    OnvifAuthMode.STANDARD, false, false, 5, 30);
            // Current firmware forces a password at setup; lock after 5 failures for 300 s (configManager General).
            case DAHUA_CAMERA -> new DeviceSpec(kind, "Dahua", "IPC-HDW5831R-ZE", "2.800.0000016.0.R,build:2020-06-05",
                    DeviceClass.CAMERA, "admin", "Dh4!pW9#kZr2", HttpAuth.DIGEST, RtspAuth.DIGEST,
                    OnvifAuthMode.STANDARD, false, false, 5, 5);
            case DAHUA_NVR -> new DeviceSpec(kind, "Dahua", "DH-NVR608H-128-4KS3", "4.001.0000000.3.R,build:2021-08-27",
                    DeviceClass.RECORDER, "admin", "Dn8$wQ3!mXp5", HttpAuth.DIGEST, RtspAuth.DIGEST,
                    OnvifAuthMode.STANDARD, false, false, 5, 5);
            // The unit of the VAPIX samples (M1065-LW, 9.80.1) left on root/pass, the factory password of old
            // firmware that installers keep reusing; HARDENED_CAMERA is the same camera with a strong password.
            case AXIS_CAMERA -> new DeviceSpec(kind, "Axis", "M1065-LW", "9.80.1", DeviceClass.CAMERA,
                    "root", "pass", HttpAuth.DIGEST, RtspAuth.DIGEST, OnvifAuthMode.STANDARD, false, false, 0, 0);
            // --- camera vendors part 2 ---
            // RLC-411WS on 2018 firmware (GetDevInfo sample): admin with a blank password until the owner sets one.
            case REOLINK_CAMERA -> new DeviceSpec(kind, "Reolink", "RLC-411WS", "v2.0.0.1389_18081408",
                    DeviceClass.CAMERA, "admin", "", HttpAuth.DIGEST, RtspAuth.DIGEST, OnvifAuthMode.STANDARD,
                    false, false, 0, 0);
            // RLN16-410 (API guide GetDevInfo example), same blank admin password.
            case REOLINK_NVR -> new DeviceSpec(kind, "Reolink", "RLN16-410", "v3.0.0.59_20080734",
                    DeviceClass.RECORDER, "admin", "", HttpAuth.DIGEST, RtspAuth.DIGEST, OnvifAuthMode.STANDARD,
                    false, false, 0, 0);
            // Older Uniview firmware shipped admin/123456 (no forced change); LAPI and RTSP use Digest.
            case UNIVIEW_CAMERA -> new DeviceSpec(kind, "Uniview", "IPC322LR3-VSPF28-D", "IPC_G6103-B0006P01D1805",
                    DeviceClass.CAMERA, "admin", "123456", HttpAuth.DIGEST, RtspAuth.DIGEST, OnvifAuthMode.STANDARD,
                    false, false, 0, 0);
            // Samsung/Hanwha Wisenet before forced passwords: admin/4321; SUNAPI blocks the account (HTTP 490).
            case HANWHA_CAMERA -> new DeviceSpec(kind, "Hanwha", "SNB-6004", "1.40_161209", DeviceClass.CAMERA,
                    "admin", "4321", HttpAuth.DIGEST, RtspAuth.DIGEST, OnvifAuthMode.STANDARD, false, false, 5, 1);
            // FI8620 on V3.2.2.2.1-20120815 (ZoneMinder control module): Basic-auth web, admin with a blank password.
            case FOSCAM_CAMERA -> new DeviceSpec(kind, "Foscam", "FI8620", "V3.2.2.2.1-20120815", DeviceClass.CAMERA,
                    "admin", "", HttpAuth.BASIC, RtspAuth.DIGEST, OnvifAuthMode.DISABLED, false, false, 0, 0);
            // XM DVR board before the September 2015 firmware: Telnet on (root/xc3511 built in), admin blank.
            case XIONGMAI_DVR -> new DeviceSpec(kind, "Xiongmai", "AHB7804R-LMS",
                    "V4.02.R11.A6380161.10010.131500.0000000", DeviceClass.RECORDER, "admin", "", HttpAuth.DIGEST,
                    RtspAuth.DIGEST, OnvifAuthMode.DISABLED, true, false, 0, 0);
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
            // --- VMS products (vmsfw): versions as the samples/public records show; passwords strong
            case AGENT_DVR -> app(kind, "Agent DVR", "Agent DVR", "2.6.1.0", DeviceClass.VMS, "admin",
                    "Ag5!tR2#wQ8m", AppSettings.DEFAULT);
            case NX_WITNESS -> app(kind, "Nx Witness", "Nx Witness Server", "5.1.1.37512", DeviceClass.VMS, "admin",
                    "Nx3#vK7!pW2q", AppSettings.DEFAULT);
            case SYNOLOGY_SURVEILLANCE -> app(kind, "Synology", "Surveillance Station", "DSM 6.2", DeviceClass.VMS,
                    "admin", "Sy8!mQ4#tR6v", AppSettings.DEFAULT);
            case UNIFI_PROTECT -> app(kind, "Ubiquiti", "UNVR-PRO", "2.3.10", DeviceClass.VMS, "admin",
                    "Uf6#pL3!kZ9w", AppSettings.DEFAULT);
            // --- KEV lab vendors (issue 6, kevlab): the defaults are the KEV-vulnerable firmware of each kind (lab
            // SOURCES.md "KEV lab"); passwords strong; ONVIF open where the identity comes from ONVIF.
            case GEOVISION_DEVICE -> kev(kind, "GeoVision", "GV-VS12", "V1.06", DeviceClass.ENCODER,
                    HttpAuth.DIGEST, OnvifAuthMode.OPEN);
            case TVT_NVMS1000 -> kev(kind, "TVT", "NVMS-1000", "", DeviceClass.VMS, HttpAuth.DIGEST,
                    OnvifAuthMode.DISABLED);
            case TBK_DVR -> kev(kind, "TBK Vision", "TBK-DVR4104", "V3.2.4", DeviceClass.RECORDER, HttpAuth.DIGEST,
                    OnvifAuthMode.OPEN);
            case NUUO_NVR -> kev(kind, "NUUO", "NVRmini2", "03.11.0000.0016", DeviceClass.RECORDER, HttpAuth.DIGEST,
                    OnvifAuthMode.DISABLED);
            case DLINK_CAMERA -> kev(kind, "D-Link", "DCS-2530L", "1.05.05", DeviceClass.CAMERA, HttpAuth.BASIC,
                    OnvifAuthMode.DISABLED);
            case DLINK_NVR -> kev(kind, "D-Link", "DNR-322L", "2.60B15", DeviceClass.RECORDER, HttpAuth.BASIC,
                    OnvifAuthMode.DISABLED);
            case EDIMAX_CAMERA -> kev(kind, "Edimax", "IC-7100", "", DeviceClass.CAMERA, HttpAuth.BASIC,
                    OnvifAuthMode.DISABLED);
            case PTZOPTICS_CAMERA -> kev(kind, "PTZOptics", "PT30X-SDI", "6.3.34", DeviceClass.CAMERA, HttpAuth.BASIC,
                    OnvifAuthMode.OPEN);
            case QNAP_VIOSTOR -> kev(kind, "QNAP", "VS-2108L", "4.1.3", DeviceClass.RECORDER, HttpAuth.DIGEST,
                    OnvifAuthMode.DISABLED);
            // --- exposure (issue 7): Frigate published through nginx without auth_basic (forum-guide setup)
            case NGINX_REVERSE_PROXY -> app(kind, "Frigate", "Frigate", "0.14.1-f4f3cfa", DeviceClass.VMS, "viewer",
                    "Px5!tR8#mQ2w", AppSettings.DEFAULT.withLoginRequired(false)).withHttpAuth(HttpAuth.BASIC);
        };
    }

    /** A KEV lab device (no RTSP service, so its RTSP setting plants nothing); the password is the kind's own strong one. */
    private static DeviceSpec kev(DeviceKind kind, String vendor, String model, String firmware, DeviceClass cls,
                                  HttpAuth httpAuth, OnvifAuthMode onvif) {
        return new DeviceSpec(kind, vendor, model, firmware, cls, "admin", "Kv" + Integer.toHexString(kind.name().hashCode())
                + "#9q", httpAuth, RtspAuth.DIGEST, onvif, false, false, 0, 0);
    }

    /** A spec for a kind without cameras' RTSP/ONVIF (neither runs, so neither plants anything). */
    private static DeviceSpec app(DeviceKind kind, String vendor, String model, String firmware, DeviceClass cls,
                                  String username, String password, AppSettings app) {
        return new DeviceSpec(kind, vendor, model, firmware, cls, username, password, HttpAuth.DIGEST,
                RtspAuth.DIGEST, OnvifAuthMode.DISABLED, false, false, 0, 0).withApp(app);
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

    public DeviceSpec withApp(AppSettings newApp) {
        return toBuilder().app(newApp).build();
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
                + ", " + services + ", " + features + (app.equals(AppSettings.DEFAULT) ? "" : ", " + app) + "]";
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
        private AppSettings app;
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
            app = s.app;
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

        public Builder app(AppSettings value) {
            app = value;
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
                    onvifAuthMode, telnet, ftp, lockoutThreshold, lockoutMinutes, app, passwordKind, services,
                    features);
        }
    }
}
