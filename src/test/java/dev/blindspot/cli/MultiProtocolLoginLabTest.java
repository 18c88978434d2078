package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.AccountAttempts;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.lab.Weakness;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The credential pass over every login protocol against the lab: each camera kind with its factory account (found on
 * every protocol the device takes it on: HTTP auth or the vendor's API, Dahua RPC2, Xiongmai DVRIP, RTSP, ONVIF;
 * ZoneMinder's API and motionEye's signed login) and
 * with a strong password (lockout on where the vendor locks): the lab's per-protocol counters show no account over
 * the budget and no lockout triggered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiProtocolLoginLabTest {

    private static final List<DeviceKind> CAMERAS = List.of(DeviceKind.HIKVISION_CAMERA, DeviceKind.HIKVISION_NVR,
            DeviceKind.DAHUA_CAMERA, DeviceKind.DAHUA_NVR, DeviceKind.DAHUA_OLD_CAMERA, DeviceKind.AXIS_CAMERA,
            DeviceKind.HARDENED_CAMERA, DeviceKind.UNIVIEW_CAMERA, DeviceKind.HANWHA_CAMERA, DeviceKind.FOSCAM_CAMERA,
            DeviceKind.REOLINK_CAMERA, DeviceKind.REOLINK_NVR, DeviceKind.XIONGMAI_DVR, DeviceKind.ZONEMINDER,
            DeviceKind.MOTIONEYE);

    private RunningLab lab;
    private Report report;

    @BeforeAll
    void scanTheLab() throws Exception {
        List<DeviceSpec> specs = new ArrayList<>();
        for (DeviceKind kind : CAMERAS) {
            DeviceSpec factory = factory(DeviceSpec.defaults(kind));
            specs.add(factory.withOnvifAuthMode(onvifOn(factory)));
            specs.add(factory.withPassword("Str0ng#Pass-" + kind.ordinal()).withOnvifAuthMode(onvifOn(factory))
                    .withLockout(5, 30));
        }
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.63.0.1")
                .withReadDeadline(Duration.ofSeconds(5)));
        report = LabScans.scan(lab, ScanProfile.standard());
    }

    /**
     * The kind's factory account (its first, when it has several); the hardened Axis keeps its own; ZoneMinder with
     * its login switched on (OPT_USE_AUTH).
     */
    private static DeviceSpec factory(DeviceSpec defaults) {
        DeviceSpec spec = defaults.kind() == DeviceKind.ZONEMINDER
                ? defaults.withApp(defaults.app().withLoginRequired(true)) : defaults;
        return Weakness.vendorDefaults(spec.kind()).stream().findFirst()
                .filter(pair -> spec.kind() != DeviceKind.HARDENED_CAMERA)
                .map(pair -> spec.withCredentials(pair.substring(0, pair.indexOf(':')), pair.substring(pair.indexOf(':') + 1)))
                .orElse(spec);
    }

    /** ONVIF on with authentication wherever the kind has it. */
    private static OnvifAuthMode onvifOn(DeviceSpec spec) {
        return spec.onvifAuthMode() == OnvifAuthMode.DISABLED ? OnvifAuthMode.DISABLED : OnvifAuthMode.STANDARD;
    }

    @AfterAll
    void stopLab() {
        lab.close();
    }

    /** Where each kind takes its factory account, by the lab's protocol names (groups: any one of them counts). */
    private static final Set<LoginProtocol> HTTP = EnumSet.of(LoginProtocol.HTTP_BASIC, LoginProtocol.HTTP_DIGEST);
    private static final Set<LoginProtocol> RTSP = EnumSet.of(LoginProtocol.RTSP_BASIC, LoginProtocol.RTSP_DIGEST);
    private static final Set<LoginProtocol> ONVIF =
            EnumSet.of(LoginProtocol.ONVIF_USERNAME_TOKEN, LoginProtocol.ONVIF_HTTP_DIGEST);
    private static final Set<LoginProtocol> RPC2 = EnumSet.of(LoginProtocol.DAHUA_RPC2);
    private static final Set<LoginProtocol> API = EnumSet.of(LoginProtocol.HTTP_API);
    private static final Set<LoginProtocol> DVRIP = EnumSet.of(LoginProtocol.DVRIP);
    private static final Set<LoginProtocol> FORM = EnumSet.of(LoginProtocol.HTTP_FORM);

    private static List<Set<LoginProtocol>> planted(DeviceKind kind) {
        return switch (kind) {
            case HIKVISION_CAMERA, HIKVISION_NVR, DAHUA_OLD_CAMERA, UNIVIEW_CAMERA, HANWHA_CAMERA -> List.of(HTTP, RTSP, ONVIF);
            case DAHUA_CAMERA, DAHUA_NVR -> List.of(HTTP, RPC2, RTSP, ONVIF);
            // Axis keeps ONVIF users apart from the web accounts (the data lists root/pass for http and rtsp only);
            // the lab's Foscam serves no ONVIF
            case AXIS_CAMERA, FOSCAM_CAMERA -> List.of(HTTP, RTSP);
            case REOLINK_CAMERA, REOLINK_NVR -> List.of(API, RTSP, ONVIF);
            case XIONGMAI_DVR -> List.of(DVRIP);
            case ZONEMINDER, MOTIONEYE -> List.of(FORM);
            default -> List.of();
        };
    }

    @Test
    void everyPlantedWeaknessIsFoundAndNothingElse() {
        LabScore score = LabScore.of(report, lab.answerKey());

        assertThat(score.misses()).as("planted weaknesses not found").isEmpty();
        assertThat(score.falseAlarms()).as("failing findings not planted").isEmpty();
        assertThat(score.vendorsRight()).isEqualTo(lab.devices().size());
    }

    @Test
    void everyFactoryAccountIsFoundOnEveryProtocolItIsPlantedOn() {
        for (LabDevice d : lab.devices()) {
            boolean factory = d.failing().contains("default-credentials-accepted");
            for (Set<LoginProtocol> group : planted(d.kind())) {
                int accepted = group.stream().mapToInt(p -> lab.attempts(d.address(), p).values().stream()
                        .mapToInt(AccountAttempts::accepted).sum()).sum();
                if (factory) {
                    assertThat(accepted).as("%s accepted over %s", d.spec(), group).isPositive();
                } else {
                    assertThat(accepted).as("%s accepted over %s", d.spec(), group).isZero();
                }
            }
        }
        assertThat(lab.devices().stream().filter(d -> d.failing().contains("default-credentials-accepted")).count())
                .isEqualTo(CAMERAS.size() - 1); // the hardened Axis has no factory account left
    }

    @Test
    void noAccountGetsMoreThanTheBudgetAndNoLockoutIsTriggered() {
        for (LabDevice d : lab.devices()) {
            Map<String, AccountAttempts> all = lab.attempts(d.address());
            all.forEach((account, a) -> assertThat(a.failed())
                    .as("failed logins for %s on %s over all protocols", account, d.spec()).isLessThanOrEqualTo(3));
            int failed = all.values().stream().mapToInt(AccountAttempts::failed).sum();
            assertThat(failed).as("failed logins on %s", d.spec()).isLessThanOrEqualTo(6);
            if (d.spec().lockoutThreshold() > 0) {
                assertThat(failed).as("no lockout triggered on %s", d.spec()).isLessThan(d.spec().lockoutThreshold());
            }
        }
    }
}
