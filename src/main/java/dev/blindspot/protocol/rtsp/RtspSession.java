package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.RtspReply;
import dev.blindspot.scan.ProbeOutcome;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One RTSP conversation with a server: {@code CSeq} counts up across requests, the connection is kept while the
 * server keeps it, and re-opened after a failure or {@code Connection: close}. When a kept connection turns out
 * to be closed before any response byte, a request WITHOUT {@code Authorization} is sent once more on a new
 * connection; a request carrying credentials never is.
 */
public final class RtspSession implements AutoCloseable {

    private final InetSocketAddress target;
    private final ScheduledExecutorService watchdog;
    private final Duration connectTimeout;
    private final Duration deadline;
    private int cseq;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int exchangesOnSocket;

    RtspSession(InetAddress address, int port, ScheduledExecutorService watchdog, Duration connectTimeout,
                Duration deadline) {
        this.target = new InetSocketAddress(address, port);
        this.watchdog = watchdog;
        this.connectTimeout = connectTimeout;
        this.deadline = deadline;
    }

    /** Sends {@code request} and reads its response within the deadline. */
    public synchronized ProbeOutcome<RtspReply> send(RtspRequest request) {
        boolean reused = socket != null && exchangesOnSocket > 0;
        ProbeOutcome<RtspReply> outcome = sendOnce(request);
        if (reused && outcome instanceof ProbeOutcome.Refused<RtspReply> && !request.hasHeader("Authorization")) {
            outcome = sendOnce(request);
        }
        return outcome;
    }

    private ProbeOutcome<RtspReply> sendOnce(RtspRequest request) {
        if (socket == null) {
            Optional<ProbeOutcome<RtspReply>> failed = connect();
            if (failed.isPresent()) {
                return failed.get();
            }
        }
        ProbeOutcome<RtspReply> outcome = exchange(request);
        exchangesOnSocket++;
        boolean keep = outcome.answer()
                .map(r -> r.headers().all("Connection").stream().noneMatch(v -> v.equalsIgnoreCase("close")))
                .orElse(false);
        if (!keep) {
            closeSocket();
        }
        return outcome;
    }

    private ProbeOutcome<RtspReply> exchange(RtspRequest request) {
        Socket s = socket;
        // 0 = running, 1 = finished in time, 2 = the watchdog fired; whoever moves it from 0 first wins
        AtomicInteger state = new AtomicInteger();
        ScheduledFuture<?> dog = watchdog.schedule(() -> {
            if (state.compareAndSet(0, 2)) {
                closeQuietly(s);
            }
        }, deadline.toNanos(), TimeUnit.NANOSECONDS);
        RtspResponseReader reader = new RtspResponseReader(in);
        try {
            out.write(request.encode(++cseq));
            out.flush();
            return ProbeOutcome.answered(reader.read());
        } catch (ProtocolViolation e) {
            return new ProbeOutcome.ProtocolError<>(e.getMessage());
        } catch (IOException e) {
            if (state.get() == 2 || e instanceof SocketTimeoutException) {
                return new ProbeOutcome.TimedOut<>(deadline);
            }
            if (e instanceof EOFException) {
                return new ProbeOutcome.Refused<>("connection closed before any response byte");
            }
            if (reader.bytesRead() == 0) {
                return new ProbeOutcome.Refused<>(String.valueOf(e.getMessage()));
            }
            return new ProbeOutcome.ProtocolError<>("I/O error after " + reader.bytesRead() + " bytes: " + e.getMessage());
        } finally {
            dog.cancel(false);
            if (!state.compareAndSet(0, 1)) {
                closeSocket(); // the watchdog closed it; the next request needs a new one
            }
        }
    }

    private Optional<ProbeOutcome<RtspReply>> connect() {
        Socket s = new Socket();
        try {
            s.connect(target, (int) connectTimeout.toMillis());
            s.setSoTimeout((int) deadline.toMillis()); // per read; the watchdog bounds the whole exchange
            s.setTcpNoDelay(true);
            socket = s;
            in = new BufferedInputStream(s.getInputStream(), 4096);
            out = s.getOutputStream();
            exchangesOnSocket = 0;
            return Optional.empty();
        } catch (SocketTimeoutException e) {
            closeQuietly(s);
            return Optional.of(new ProbeOutcome.TimedOut<>(connectTimeout));
        } catch (IOException e) {
            closeQuietly(s);
            return Optional.of(new ProbeOutcome.Refused<>(String.valueOf(e.getMessage())));
        }
    }

    private void closeSocket() {
        if (socket != null) {
            closeQuietly(socket);
            socket = null;
            in = null;
            out = null;
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing is best effort; the socket is unusable either way
        }
    }

    @Override
    public synchronized void close() {
        closeSocket();
    }
}
