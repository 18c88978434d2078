package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.lab.device.ServiceLayout;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LabCapacityTest {

    private static final List<String> PROC_LIMITS = List.of(
            "Limit                     Soft Limit           Hard Limit           Units     ",
            "Max cpu time              unlimited            unlimited            seconds   ",
            "Max open files            20000                20000                files     ",
            "Max locked memory         8388608              8388608              bytes     ");

    @Test
    void readsTheOpenFilesRowOfProcLimits() {
        FileLimits limits = FileLimits.parse(PROC_LIMITS);
        assertThat(limits.soft()).hasValue(20000);
        assertThat(limits.hard()).hasValue(20000);
        assertThat(FileLimits.parse(List.of("Max open files            unlimited            unlimited            files")))
                .isEqualTo(FileLimits.UNKNOWN);
        assertThat(FileLimits.parse(List.of("nothing here"))).isEqualTo(FileLimits.UNKNOWN);
        FileLimits self = FileLimits.current();
        if (self.soft().isPresent()) {
            assertThat(self.open()).isPositive();
        }
    }

    @Test
    void tooFewDescriptorsFailBeforeBindingAndSayHowToRaiseTheLimit() throws Exception {
        List<DeviceSpec> fleet = Fleets.realistic(300, 3);
        long listeners = fleet.stream().mapToLong(LabCapacityTest::listeners).sum();
        assertThat(listeners).isGreaterThan(600);
        FileLimits low = new FileLimits(OptionalLong.of(1024), OptionalLong.of(4096), 40);
        String first = "127.31.10.1";
        assertThatThrownBy(() -> Lab.start(fleet, TestLabs.options().withFirstAddress(first), low))
                .isInstanceOf(LabCapacityException.class)
                .hasMessageContaining("300 devices need " + String.format("%,d", listeners + 40 + LabCapacity.RESERVE))
                .hasMessageContaining("may open only 1,024").hasMessageContaining("ulimit -n");
        // nothing was bound: the first device's HTTP port is free
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(first, 80));
        }
        FileLimits lowHard = new FileLimits(OptionalLong.of(1024), OptionalLong.of(1024), 40);
        assertThatThrownBy(() -> LabCapacity.require(300, listeners, lowHard))
                .hasMessageContaining("as root: ulimit -Hn");
        LabCapacity.require(300, listeners, FileLimits.UNKNOWN);
        LabCapacity.require(300, listeners, new FileLimits(OptionalLong.of(listeners + 40 + LabCapacity.RESERVE),
                OptionalLong.empty(), 40));
    }

    @Test
    void threeHundredDevicesStartWithTheEstimatedListenerCount() throws Exception {
        List<DeviceSpec> fleet = Fleets.realistic(300, 3);
        long estimated = fleet.stream().mapToLong(LabCapacityTest::listeners).sum();
        try (RunningLab lab = Lab.start(fleet, TestLabs.options().withFirstAddress("127.31.20.1"))) {
            assertThat(lab.listenerCount()).isEqualTo(estimated);
            assertThat(lab.devices()).hasSize(300);
            assertThat(lab.devices().getLast().address()).isEqualTo(Lab.lastAddress("127.31.20.1", 300))
                    .isEqualTo("127.31.21.46");
        }
    }

    /** TCP listeners of the spec's services, plus the UPnP router's SSDP responder (one UDP socket). */
    /** TCP services plus UDP responders: SSDP (router), WS-Discovery (ONVIF on), DHIP search (Dahua camera/NVR). */
    private static long listeners(DeviceSpec spec) {
        boolean wsd = spec.onvifAuthMode() != OnvifAuthMode.DISABLED && switch (spec.kind()) {
            case HIKVISION_CAMERA, HIKVISION_NVR, DAHUA_CAMERA, DAHUA_NVR, DAHUA_OLD_CAMERA, AXIS_CAMERA,
                 HARDENED_CAMERA, REOLINK_CAMERA, REOLINK_NVR, GENERIC_ONVIF_CAMERA -> true;
            default -> false;
        };
        boolean dhip = spec.kind() == DeviceKind.DAHUA_CAMERA || spec.kind() == DeviceKind.DAHUA_NVR;
        return ServiceLayout.names(spec).size() + (spec.kind() == DeviceKind.UPNP_ROUTER ? 1 : 0) + (wsd ? 1 : 0)
                + (dhip ? 1 : 0);
    }
}
