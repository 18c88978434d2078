package dev.blindspot.lab.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class JpegStillTest {

    @Test
    void bundledStillIsA160x120BaselineImageWithTwoTables() {
        JpegStill still = JpegStill.bundled();
        assertThat(still.width()).isEqualTo(160);
        assertThat(still.height()).isEqualTo(120);
        assertThat(still.quantTables()).hasSize(128);
        assertThat(still.scanLength()).isGreaterThan(1000);
    }

    @Test
    void refusesWhatRtpJpegCannotCarry() throws Exception {
        byte[] jpeg;
        try (InputStream in = JpegStill.class.getResourceAsStream(JpegStill.RESOURCE)) {
            jpeg = in.readAllBytes();
        }
        byte[] progressive = jpeg.clone();
        for (int i = 2; i + 1 < progressive.length; i++) {
            if ((progressive[i] & 0xff) == 0xff && (progressive[i + 1] & 0xff) == 0xc0) {
                progressive[i + 1] = (byte) 0xc2;
                break;
            }
        }
        assertThatThrownBy(() -> JpegStill.parse(progressive)).hasMessageContaining("baseline");
        assertThatThrownBy(() -> JpegStill.parse(new byte[] {1, 2, 3, 4})).isInstanceOf(IllegalArgumentException.class);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 30);
        assertThatThrownBy(() -> JpegStill.parse(truncated)).isInstanceOf(IllegalArgumentException.class);
    }
}
