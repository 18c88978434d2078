package dev.blindspot.lab.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class H264ClipTest {

    @Test
    void bundledClipIsOneSecondOfBaselinePicturesWithItsParameterSets() {
        H264Clip clip = H264Clip.bundled();
        assertThat(clip.fps()).isEqualTo(25);
        assertThat(clip.accessUnits()).isEqualTo(25);
        List<byte[]> first = clip.accessUnit(0);
        assertThat(first).extracting(n -> n[0] & 0x1f).containsExactly(7, 8, 5);
        for (int i = 1; i < clip.accessUnits(); i++) {
            assertThat(clip.accessUnit(i)).extracting(n -> n[0] & 0x1f).containsExactly(1);
        }
        assertThat(clip.profileLevelId()).isEqualTo("42C00C");
        String[] sets = clip.spropParameterSets().split(",");
        assertThat(Base64.getDecoder().decode(sets[0])).isEqualTo(first.get(0));
        assertThat(Base64.getDecoder().decode(sets[1])).isEqualTo(first.get(1));
    }

    @Test
    void splitsOnThreeAndFourByteStartCodesAndDropsTrailingZeros() {
        byte[] stream = {0, 0, 0, 1, 0x67, 1, 2, 0, 0, 1, 0x68, 3, 0, 0, 0, 1, 0x65, (byte) 0x88, 9, 0, 0};
        List<byte[]> nals = H264Clip.nalUnits(stream);
        assertThat(nals).containsExactly(new byte[] {0x67, 1, 2}, new byte[] {0x68, 3},
                new byte[] {0x65, (byte) 0x88, 9});
        H264Clip clip = H264Clip.parse(stream, 10);
        assertThat(clip.accessUnits()).isEqualTo(1);
    }

    @Test
    void refusesAStreamWithoutParameterSets() {
        assertThatThrownBy(() -> H264Clip.parse(new byte[] {0, 0, 1, 0x65, (byte) 0x88}, 25))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> H264Clip.parse(new byte[] {1, 2, 3}, 25)).isInstanceOf(IllegalArgumentException.class);
    }
}
