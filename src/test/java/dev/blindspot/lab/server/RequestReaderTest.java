package dev.blindspot.lab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

    @Test
    void readsHeadersInOrderAndAContentLengthBody() throws Exception {
        Request request = read(RequestReader.http(), "POST /onvif/device_service?x=1 HTTP/1.1\r\nHost: cam\r\n"
                + "Content-Type: application/soap+xml\r\nContent-Length: 5\r\n\r\nhello").orElseThrow();

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/onvif/device_service");
        assertThat(request.query()).contains("x=1");
        assertThat(request.headers().lines()).extracting(h -> h.name()).containsExactly("Host", "Content-Type",
                "Content-Length");
        assertThat(request.bodyText()).isEqualTo("hello");
    }

    @Test
    void decodesChunkedBodiesForHttpOnly() throws Exception {
        String chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n";
        assertThat(read(RequestReader.http(), chunked).orElseThrow().bodyText()).isEqualTo("hello world");
        assertThatThrownBy(() -> read(RequestReader.rtsp(), chunked)).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void rtspTargetsGiveTheirPathAndQuery() throws Exception {
        Request request = read(RequestReader.rtsp(), "DESCRIBE rtsp://127.0.0.1:554/cam/realmonitor?channel=1&subtype=0"
                + " RTSP/1.0\r\nCSeq: 4\r\n\r\n").orElseThrow();

        assertThat(request.path()).isEqualTo("/cam/realmonitor");
        assertThat(request.query()).contains("channel=1&subtype=0");
        assertThat(read(RequestReader.rtsp(), "OPTIONS rtsp://127.0.0.1:554 RTSP/1.0\r\nCSeq: 1\r\n\r\n")
                .orElseThrow().path()).isEqualTo("/");
    }

    @Test
    void refusesWhatExceedsTheLimits() {
        RequestReader small = new RequestReader(64, 2, 10, true);
        assertThatThrownBy(() -> read(small, "GET /" + "a".repeat(100) + " HTTP/1.1\r\n\r\n"))
                .isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> read(small, "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"))
                .isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> read(small, "POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world"))
                .isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> read(small, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nb\r\nhello world\r\n0\r\n\r\n"))
                .isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> read(small, "NONSENSE\r\n\r\n")).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void anEmptyConnectionIsNoRequest() throws Exception {
        assertThat(read(RequestReader.http(), "")).isEmpty();
    }

    @Test
    void responsesAreWrittenByteForByte() {
        Response response = Response.builder("RTSP/1.0 200 OK").header("CSeq", "2").header("Date", " Mon, Sep 21 2020")
                .contentLength().body("v=0\r\n");

        assertThat(new String(response.toBytes(true), StandardCharsets.ISO_8859_1))
                .isEqualTo("RTSP/1.0 200 OK\r\nCSeq: 2\r\nDate:  Mon, Sep 21 2020\r\nContent-Length: 5\r\n\r\nv=0\r\n");
        assertThat(new String(response.toBytes(false), StandardCharsets.ISO_8859_1)).endsWith("5\r\n\r\n");
    }

    /** Feeds {@code wire} through a real loopback socket and reads one request. */
    private static Optional<Request> read(RequestReader reader, String wire) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            OutputStream out = client.getOutputStream();
            out.write(wire.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            client.shutdownOutput();
            BoundedInput in = new BoundedInput(accepted, accepted.getInputStream(), 256);
            in.deadlineIn(Duration.ofSeconds(2));
            return reader.read(in, Optional.empty());
        }
    }
}
