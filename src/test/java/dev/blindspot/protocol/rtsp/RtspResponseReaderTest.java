package dev.blindspot.protocol.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.inventory.RtspReply;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RtspResponseReaderTest {

    private static RtspReply read(String text) throws Exception {
        return new RtspResponseReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1))).read();
    }

    @Test
    void bareLineFeedsAreTolerated() throws Exception {
        String lf = new String(Samples.reply("dahua_describe_200_sdp.txt"), StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n");
        RtspReply reply = read(lf.replace("Content-Length: 401", "Content-Length: " + lf.split("\n\n", 2)[1].length()));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().first("Content-Base")).contains("rtsp://192.0.2.165:554/cam/realmonitor?channel=1&subtype=0/");
        assertThat(reply.body()).startsWith("v=0\n");
    }

    @Test
    void hikvisionHeaderValuesAreTrimmedAndRepeatedHeadersKept() throws Exception {
        RtspReply reply = read(new String(Samples.reply("hikvision_describe_401_digest_basic_exoplayer.txt"),
                StandardCharsets.ISO_8859_1));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.reason()).isEqualTo("Unauthorized");
        assertThat(reply.headers().all("WWW-Authenticate")).hasSize(2);
        assertThat(reply.headers().first("date")).contains("Tue, Dec 21 2021 12:08:36 GMT");
    }

    @Test
    void foldedHeadersEmptyReasonAndFirstLineVariants() throws Exception {
        RtspReply reply = read("RTSP/1.0 200\r\nX-A: one\r\n  two\r\n\r\n");
        assertThat(reply.reason()).isEmpty();
        assertThat(reply.headers().first("X-A")).contains("one two");
        assertThat(read("RTSP/1.1  454 Session Not Found\n\n").status()).isEqualTo(454);
    }

    @Test
    void exactlyTheHeaderLimitsPass() throws Exception {
        String sixtyFour = "X: y\r\n".repeat(RtspResponseReader.MAX_HEADERS);
        assertThat(read("RTSP/1.0 200 OK\r\n" + sixtyFour + "\r\n").headers().lines()).hasSize(64);
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\n" + sixtyFour + "X: y\r\n\r\n"))
                .isInstanceOf(ProtocolViolation.class);

        String head = "RTSP/1.0 200 OK\r\nX: ";
        String filler = "a".repeat(RtspResponseReader.MAX_HEADER_BYTES - head.length() - 4);
        assertThat(read(head + filler + "\r\n\r\n").status()).isEqualTo(200);
        assertThatThrownBy(() -> read(head + filler + "a\r\n\r\n")).isInstanceOf(ProtocolViolation.class);
    }

    @Test
    void malformedRepliesAreViolations() {
        assertThatThrownBy(() -> read("RTSP/1.0 abc OK\r\n\r\n")).isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("malformed status line");
        assertThatThrownBy(() -> read("RTSP/2.0 200 OK\r\n\r\n")).isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("not RTSP");
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nno colon here\r\n\r\n"))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("malformed header line");
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\n continuation first\r\n\r\n"))
                .isInstanceOf(ProtocolViolation.class);
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc"))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("conflicting");
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nContent-Length: -1\r\n\r\n"))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("bad Content-Length");
        assertThatThrownBy(() -> read("SSH-2.0-OpenSSH_8.9\r\n")).isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("SSH-2.0-OpenSSH_8.9");
        assertThatThrownBy(() -> read("")).isInstanceOf(EOFException.class);
    }

    @Test
    void nonPrintableBytesAreEscapedInMessages() {
        assertThat(RtspResponseReader.printable("a\u0000b\u00ff")).isEqualTo("a\\x00b\\xff");
        assertThat(RtspResponseReader.printable("x".repeat(100))).hasSize(67).endsWith("...");
    }
}
