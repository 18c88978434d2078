package dev.blindspot.protocol.tcp;

import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * TCP connect probe: open (Answered, with the time the handshake took), Refused, or TimedOut. A reset reported
 * while connecting means the handshake completed and the service then reset the connection (a device that accepts
 * and drops at once): the port is open. A closed port answers the SYN with a reset, which is "connection refused".
 */
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
        } catch (java.net.SocketException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connection reset")) {
                return ProbeOutcome.answered(Duration.ofNanos(System.nanoTime() - start));
            }
            return new ProbeOutcome.ProtocolError<>(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IOException e) {
            return new ProbeOutcome.ProtocolError<>(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
