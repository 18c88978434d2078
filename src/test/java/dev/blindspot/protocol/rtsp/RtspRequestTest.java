package dev.blindspot.protocol.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RtspRequestTest {

    @Test
    void encodesWithCrlfCseqAndUserAgent() {
        String wire = new String(RtspRequest.describe("rtsp://127.0.0.1:554/live").withHeader("Authorization", "Basic eDp5")
                .encode(7), StandardCharsets.US_ASCII);
        assertThat(wire).isEqualTo("DESCRIBE rtsp://127.0.0.1:554/live RTSP/1.0\r\nCSeq: 7\r\nUser-Agent: Blindspot\r\n"
                + "Accept: application/sdp\r\nAuthorization: Basic eDp5\r\n\r\n");
    }

    @Test
    void refusesAnythingThatCouldSplitTheRequest() {
        assertThatThrownBy(() -> RtspRequest.options("rtsp://h/\r\nX: y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RtspRequest.options("rtsp://h/a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RtspRequest.options("rtsp://h/").withHeader("X", "a\nb"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RtspRequest.options("rtsp://h/").withHeader("X: y", "v"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RtspRequest("get", "rtsp://h/", java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urisBracketIpv6AndEscapeZones() throws Exception {
        assertThat(RtspUri.of(InetAddress.getByName("192.0.2.7"), 554, "/cam/realmonitor?channel=1&subtype=0"))
                .isEqualTo("rtsp://192.0.2.7:554/cam/realmonitor?channel=1&subtype=0");
        assertThat(RtspUri.of(InetAddress.getByName("::1"), 8554, "/")).isEqualTo("rtsp://[0:0:0:0:0:0:0:1]:8554/");
        byte[] linkLocal = InetAddress.getByName("fe80::1").getAddress();
        assertThat(RtspUri.of(Inet6Address.getByAddress(null, linkLocal, 3), 554, "/live"))
                .isEqualTo("rtsp://[fe80:0:0:0:0:0:0:1%253]:554/live");
        assertThatThrownBy(() -> RtspUri.of(InetAddress.getByName("::1"), 554, "live"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
