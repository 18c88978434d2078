package dev.blindspot.protocol.banner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.scan.ProbeOutcome;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BannerReaderTest {

    interface Behaviour {
        void serve(Socket s) throws Exception;
    }

    private static ServerSocket serve(Behaviour b) throws Exception {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (Socket s = server.accept()) {
                b.serve(s);
            } catch (Exception ignored) {
                // the client closing first is fine
            }
        });
        return server;
    }

    @Test
    void ftpGreetingIsRead() throws Exception {
        try (ServerSocket server = serve(s -> {
            s.getOutputStream().write("220 AXIS P1346 Network Camera 5.50beta3 (2014) ready.\r\n".getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(2000);
        })) {
            ProbeOutcome<String> o = BannerReader.read("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2), Duration.ofMillis(200));
            assertThat(o.answer()).contains("220 AXIS P1346 Network Camera 5.50beta3 (2014) ready.");
        }
    }

    @Test
    void telnetNegotiationIsRefusedAndThePromptStillRead() throws Exception {
        AtomicReference<byte[]> reply = new AtomicReference<>();
        try (ServerSocket server = serve(s -> {
            OutputStream out = s.getOutputStream();
            // IAC DO ECHO, IAC WILL SUPPRESS-GO-AHEAD, then wait for the client's answers before the prompt
            out.write(new byte[] {(byte) 255, (byte) 253, 1, (byte) 255, (byte) 251, 3});
            out.flush();
            InputStream in = s.getInputStream();
            reply.set(in.readNBytes(6));
            out.write("\r\n(none) login: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(2000);
        })) {
            ProbeOutcome<String> o = BannerReader.read("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2), Duration.ofMillis(300));
            assertThat(o.answer()).contains("(none) login:");
            assertThat(reply.get()).containsExactly((byte) 255, (byte) 252, 1, (byte) 255, (byte) 254, 3);
        }
    }

    @Test
    void controlCharactersAndEscapeSequencesAreDropped() {
        assertThat(BannerReader.clean("\u001b[2Jhello\u0007\r\nworld\u0000")).isEqualTo("[2Jhello\nworld");
    }

    @Test
    void silentServerTimesOutAndEndlessOneIsBounded() throws Exception {
        try (ServerSocket silent = serve(s -> Thread.sleep(3000))) {
            ProbeOutcome<String> o = BannerReader.read("127.0.0.1", silent.getLocalPort(), Duration.ofMillis(400), Duration.ofMillis(100));
            assertThat(o).isInstanceOf(ProbeOutcome.TimedOut.class);
        }
        try (ServerSocket endless = serve(s -> {
            byte[] chunk = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100_000; i++) {
                s.getOutputStream().write(chunk);
            }
        })) {
            ProbeOutcome<String> o = BannerReader.read("127.0.0.1", endless.getLocalPort(), Duration.ofSeconds(2), Duration.ofMillis(200));
            assertThat(o.answer().orElseThrow()).hasSizeLessThanOrEqualTo(BannerReader.MAX_BYTES);
        }
    }

    @Test
    void closedPortIsRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertThat(BannerReader.read("127.0.0.1", port, Duration.ofSeconds(1), Duration.ofMillis(100)))
                .isInstanceOf(ProbeOutcome.Refused.class);
    }
}
