package dev.blindspot.lab.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtpTest {

    @Test
    void headerCarriesVersionMarkerSequenceTimestampAndSsrc() {
        byte[] p = Rtp.packet(96, true, 0xfffe, 0x1_2345_6789L, 0xcafebabe, new byte[] {7});
        assertThat(p).hasSize(13);
        assertThat(p[0] & 0xff).isEqualTo(0x80);
        assertThat(p[1] & 0xff).isEqualTo(0x80 | 96);
        assertThat(((p[2] & 0xff) << 8) | (p[3] & 0xff)).isEqualTo(0xfffe);
        assertThat(p[4] & 0xff).isEqualTo(0x23); // 32-bit wrap of the timestamp
        assertThat(p[8] & 0xff).isEqualTo(0xca);
        assertThat(p[12]).isEqualTo((byte) 7);
    }

    @Test
    void largeNalUnitsBecomeFuAFragmentsThatReassemble() {
        byte[] big = new byte[3000];
        big[0] = 0x65;
        for (int i = 1; i < big.length; i++) {
            big[i] = (byte) i;
        }
        byte[] small = {0x67, 1, 2};
        List<Rtp.Payload> payloads = Rtp.h264(List.of(small, big), 1400);
        assertThat(payloads.getFirst().bytes()).isEqualTo(small);
        assertThat(payloads.getFirst().marker()).isFalse();
        List<Rtp.Payload> fragments = payloads.subList(1, payloads.size());
        assertThat(fragments).hasSize(3).allMatch(p -> p.bytes().length <= 1400);
        assertThat(fragments).extracting(Rtp.Payload::marker).containsExactly(false, false, true);
        ByteArrayOutputStream nal = new ByteArrayOutputStream();
        for (Rtp.Payload f : fragments) {
            byte[] b = f.bytes();
            assertThat(b[0] & 0x1f).isEqualTo(28);
            assertThat(b[0] & 0xe0).isEqualTo(0x65 & 0xe0);
            assertThat(b[1] & 0x1f).isEqualTo(5);
            if (nal.size() == 0) {
                assertThat(b[1] & 0x80).isEqualTo(0x80);
                nal.write((b[0] & 0xe0) | (b[1] & 0x1f));
            }
            nal.write(b, 2, b.length - 2);
        }
        assertThat(fragments.getLast().bytes()[1] & 0x40).isEqualTo(0x40);
        assertThat(nal.toByteArray()).isEqualTo(big);
    }

    @Test
    void jpegFramesCarryTheTablesFirstAndTheScanByOffset() {
        JpegStill still = JpegStill.bundled();
        List<Rtp.Payload> payloads = Rtp.jpeg(still, 1400);
        assertThat(payloads.getLast().marker()).isTrue();
        assertThat(payloads.subList(0, payloads.size() - 1)).noneMatch(Rtp.Payload::marker);
        byte[] first = payloads.getFirst().bytes();
        assertThat(first[4]).isEqualTo((byte) 1);
        assertThat(first[5] & 0xff).isEqualTo(255);
        assertThat(first[6] & 0xff).isEqualTo(160 / 8);
        assertThat(first[7] & 0xff).isEqualTo(120 / 8);
        assertThat(((first[10] & 0xff) << 8) | (first[11] & 0xff)).isEqualTo(128);
        int expectedOffset = 0;
        int total = 0;
        for (Rtp.Payload p : payloads) {
            byte[] b = p.bytes();
            int offset = ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            assertThat(offset).isEqualTo(expectedOffset);
            int data = b.length - 8 - (offset == 0 ? 132 : 0);
            expectedOffset += data;
            total += data;
        }
        assertThat(total).isEqualTo(still.scanLength());
    }
}
