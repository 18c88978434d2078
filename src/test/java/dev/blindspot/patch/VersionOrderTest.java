package dev.blindspot.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stop-gap version orders on real version strings of each scheme. */
class VersionOrderTest {

    private static Optional<Integer> cmp(String scheme, String a, String b) {
        return VersionOrder.of(scheme).compare(a, b).map(Integer::signum);
    }

    @Test
    void hikvisionNumbersThenBuildDate() {
        assertThat(cmp("hikvision", "V5.2.0 build 140721", "V5.4.41")).contains(-1);
        assertThat(cmp("hikvision", "V5.4.5 build 160928", "V5.4.41")).contains(-1);
        assertThat(cmp("hikvision", "V5.5.800 build 210628", "V5.5.800 build 210628")).contains(0);
        assertThat(cmp("hikvision", "V5.5.800 build 210701", "V5.5.800 build 210628")).contains(1);
        assertThat(cmp("hikvision", "V4.30.096build221220", "V4.30.096 build 221220")).contains(0);
        assertThat(cmp("hikvision", "V5.7.18 build 240826", "V5.5.800 build 210628")).contains(1);
    }

    @Test
    void dahuaBuildDateWhenBothHaveOneElseNumbers() {
        assertThat(cmp("dahua", "2.800.0000016.0.R,build:2020-06-05", "2.820.0000000.18.R.210705")).contains(-1);
        assertThat(cmp("dahua", "2.800.0000016.0.R", "2.820.0000000.18.R.210705")).contains(-1);
        assertThat(cmp("dahua", "2.820.0000000.18.R,build:2021-07-05", "2.820.0000000.18.R.210705")).contains(0);
        assertThat(cmp("dahua", "2.520.AC00.18.R", "2.520.0000000.17.R")).contains(1);
        assertThat(cmp("dahua", "2.800.0000000.12.R", "build:2025-04-16")).isEmpty();
        assertThat(cmp("dahua", "2.840.0000000.3.R,build:2025-05-10", "build:2025-04-16")).contains(1);
        assertThat(cmp("dahua", "garbage", "2.800.0000000.1.R")).isEmpty();
    }

    @Test
    void axisReolinkHanwhaDotted() {
        assertThat(cmp("axis", "10.12.228", "11.11.140")).contains(-1);
        assertThat(cmp("axis", "11.11.140", "11.11.140")).contains(0);
        assertThat(cmp("axis", "9.80.1", "9.80")).contains(1);
        assertThat(cmp("reolink", "v2.0.0.1389_18081408", "v3.0.0.136_20121102")).contains(-1);
        assertThat(cmp("reolink", "v3.0.0.136_20121102", "v3.0.0.136_20121102")).contains(0);
        assertThat(cmp("hanwha", "1.40_161209", "1.41_170301")).contains(-1);
        assertThat(cmp("hanwha", "5.01.60_240401", "5.01.52")).contains(1);
        assertThat(cmp("dotted", "2.60B15", "2.60B16")).contains(-1);
        assertThat(cmp("dotted", "1.06.01 Hotfix", "1.06.01")).contains(0);
        assertThat(cmp("dotted", "", "1.0")).isEmpty();
    }

    @Test
    void univiewByBuildDate() {
        assertThat(cmp("uniview", "IPC_G6103-B0006P01D1805", "B6103.16.10.B25.201218")).contains(-1);
        assertThat(cmp("uniview", "IPC_G6103-B5033P11D2203", "B6103.16.10.B25.201218")).contains(1);
        assertThat(cmp("uniview", "DIPC-B1216.5.7.230109", "DIPC-B1222.3.8.230223")).contains(-1);
        assertThat(cmp("uniview", "no date here", "DIPC-B1222.3.8.230223")).isEmpty();
    }

    @Test
    void overlongInputIsNotParsed() {
        assertThat(cmp("axis", "1.".repeat(200), "1.0")).isEmpty();
    }
}
