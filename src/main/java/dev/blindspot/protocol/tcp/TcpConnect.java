package dev.blindspot.protocol.tcp;

import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** TCP connect probe: open (Answered, with the time the handshake took), Refused, or TimedOut. */
public final class TcpConnect {

    private TcpConnect() {
    }

    public static ProbeOutcome<Duration> probe(String address, int port, Duration timeout) {
        long start = System.nanoTime();
        try (Socket s = new Socket()) {
            s.setSoLinger(true, 0);
            s.connect(new InetSocketAddress(address, port), Math.toIntExact(Math.max(1, timeout.toMillis())));
            return ProbeOutcome.answered(Duration.ofNanos(System.nanoTime() - start));
        } catch (SocketTimeoutException e) {
            return new ProbeOutcome.TimedOut<>(timeout);
        } catch (ConnectException | NoRouteToHostException e) {
            return new ProbeOutcome.Refused<>(String.valueOf(e.getMessage()));
        } catch (IOException e) {
            return new ProbeOutcome.ProtocolError<>(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
