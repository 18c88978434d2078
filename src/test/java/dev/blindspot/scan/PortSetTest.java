package dev.blindspot.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortSetTest {

    @Test
    void defaultsCoverTheCameraPorts() {
        assertThat(PortSet.cameraDefaults().ports()).extracting(PortSpec::port)
                .contains(21, 23, 80, 81, 443, 554, 5000, 8000, 8080, 8443, 8554, 8899, 8971, 34567, 37777);
    }

    @Test
    void parsesListsRangesAndServiceHints() {
        PortSet p = PortSet.parse("80, 554,20554/rtsp,8000-8002");
        assertThat(p.toString()).isEqualTo("80/http,554/rtsp,20554/rtsp,8000/hik-sdk,8001/unknown,8002/unknown");
    }

    @Test
    void rejectsBadItemsNamingThem() {
        assertThatThrownBy(() -> PortSet.parse("80,http")).hasMessageContaining("'http'");
        assertThatThrownBy(() -> PortSet.parse("70000")).hasMessageContaining("70000");
        assertThatThrownBy(() -> PortSet.parse("90-80")).hasMessageContaining("90-80");
    }
}
