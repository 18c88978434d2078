package dev.blindspot.protocol.http;

import dev.blindspot.inventory.HttpReply;
import dev.blindspot.scan.ProbeOutcome;

import java.util.concurrent.ScheduledExecutorService;

/**
 * A minimal HTTP/1.1 client for probing hostile devices: one blocking connection per request,
 * {@code Connection: close}, {@code Accept-Encoding: identity}, User-Agent {@code Blindspot}.
 *
 * <p>Every exchange is bounded by {@link HttpLimits}: a total deadline (a watchdog on the given scheduler closes
 * the socket, so a peer that trickles bytes cannot hold the probe), header size and line count, and a body cap.
 * TLS accepts any certificate and records the peer certificate's subject and issuer.
 *
 * <p>Outcomes: connection refused, unreachable, or closed before any response byte &rarr; {@code Refused};
 * deadline passed before the response head was complete &rarr; {@code TimedOut}; not HTTP, head over a limit,
 * malformed framing or a failed TLS handshake &rarr; {@code ProtocolError}. Once the head is complete the reply
 * is {@code Answered}: a body cut by the cap, the deadline, or an early close is kept as far as it arrived
 * (see {@link RawHttpResponse#truncated()}). Bodies are never decompressed.
 *
 * <p>The address should be an IP literal; a host name would be resolved outside the deadline.
 */
public final class BoundedHttpClient {

    private final ScheduledExecutorService scheduler;
    private final HttpLimits limits;

    /** @param scheduler runs the deadline watchdogs; owned by the caller */
    public BoundedHttpClient(ScheduledExecutorService scheduler, HttpLimits limits) {
        this.scheduler = scheduler;
        this.limits = limits;
    }

    public HttpLimits limits() {
        return limits;
    }

    public ProbeOutcome<HttpReply> exchange(HttpRequestSpec spec) {
        return Outcomes.map(exchangeRaw(spec), RawHttpResponse::reply);
    }

    /** Like {@link #exchange} but keeps the raw body bytes, for callers that parse the body themselves. */
    public ProbeOutcome<RawHttpResponse> exchangeRaw(HttpRequestSpec spec) {
        return new Exchange(spec, limits, scheduler).run();
    }
}
