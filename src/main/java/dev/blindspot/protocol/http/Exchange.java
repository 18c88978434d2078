package dev.blindspot.protocol.http;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.scan.ProbeOutcome;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/** One request/response over a fresh socket, guarded by a {@link Watchdog}. Single use. */
final class Exchange {

    private static final int MAX_INTERIM = 5;

    private final HttpRequestSpec spec;
    private final HttpLimits limits;
    private final ScheduledExecutorService scheduler;
    private final long start = System.nanoTime();
    private CountingInputStream received;
    private boolean headComplete;

    Exchange(HttpRequestSpec spec, HttpLimits limits, ScheduledExecutorService scheduler) {
        this.spec = spec;
        this.limits = limits;
        this.scheduler = scheduler;
    }

    ProbeOutcome<RawHttpResponse> run() {
        Socket raw = new Socket();
        try (Watchdog dog = Watchdog.arm(scheduler, raw, limits.totalDeadline())) {
            try {
                return ProbeOutcome.answered(talk(raw));
            } catch (IOException e) {
                return classify(e, dog.fired());
            } finally {
                try {
                    raw.close();
                } catch (IOException ignored) {
                    // nothing left to do
                }
            }
        }
    }

    private RawHttpResponse talk(Socket raw) throws IOException {
        InetAddress ip = InetAddress.getByName(spec.address());
        raw.setSoTimeout(millis(limits.totalDeadline()));
        raw.connect(new InetSocketAddress(ip, spec.port()), Math.min(millis(limits.connectTimeout()), remaining()));
        Socket socket = raw;
        TlsConnector.TlsPeer peer = TlsConnector.TlsPeer.NONE;
        if (spec.tls()) {
            SSLSocket ssl = TlsConnector.handshake(raw, spec.address(), spec.port());
            peer = TlsConnector.peer(ssl);
            socket = ssl;
        }
        received = new CountingInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        out.write(RequestWriter.bytes(spec));
        out.flush();
        return readResponse(new BufferedInputStream(received, 8192), peer);
    }

    private RawHttpResponse readResponse(InputStream in, TlsConnector.TlsPeer peer) throws IOException {
        HeadReader head = new HeadReader(in, limits);
        StatusLine status = head.readStatusLine();
        List<Header> headers = head.readHeaders();
        for (int interim = 0; status.interim() && interim < MAX_INTERIM; interim++) {
            status = head.readStatusLine();
            headers = head.readHeaders();
        }
        headComplete = true;
        Headers all = Headers.of(headers);
        BodyReader.Body body = BodyReader.read(in, head, spec.method(), status.code(), all, limits.maxBodyBytes());
        String text = BodyText.decode(body.bytes(), body.truncated());
        HttpReply reply = new HttpReply(status.code(), status.reason(), all, text, HtmlTitle.extract(text),
                peer.subject(), peer.issuer());
        return new RawHttpResponse(reply, body.bytes(), body.truncated());
    }

    private ProbeOutcome<RawHttpResponse> classify(IOException e, boolean deadlinePassed) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        boolean nothingReceived = received == null || received.count() == 0;
        if (deadlinePassed || e instanceof SocketTimeoutException) {
            return new ProbeOutcome.TimedOut<>(elapsed);
        }
        if (e instanceof HttpProtocolException) {
            return new ProbeOutcome.ProtocolError<>(e.getMessage());
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException) {
            return new ProbeOutcome.Refused<>(describe(e));
        }
        if (e instanceof SSLException) {
            return causedByEof(e) && received == null
                    ? new ProbeOutcome.Refused<>("closed during TLS handshake")
                    : new ProbeOutcome.ProtocolError<>("TLS: " + describe(e));
        }
        if (nothingReceived && (e instanceof EOFException || e instanceof SocketException)) {
            return new ProbeOutcome.Refused<>("closed without answering (" + describe(e) + ")");
        }
        String where = headComplete ? "body" : "response head";
        return new ProbeOutcome.ProtocolError<>("connection failed inside the " + where + ": " + describe(e));
    }

    private static boolean causedByEof(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private int remaining() {
        long left = limits.totalDeadline().toNanos() - (System.nanoTime() - start);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000));
    }

    private static int millis(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }
}
