package dev.blindspot.protocol.http;

import java.time.Duration;

/**
 * Bounds for one probe exchange. The total deadline covers connect, TLS handshake, request and response.
 *
 * @param connectTimeout  longest wait for the TCP connection (never longer than what is left of the deadline)
 * @param totalDeadline   wall-clock limit for the whole exchange, enforced by closing the socket
 * @param maxHeaderBytes  limit for status line plus header lines (and chunked trailers), in bytes
 * @param maxHeaderLines  limit for the number of header lines (and chunked trailer lines)
 * @param maxBodyBytes    body bytes kept; reading stops there and the body counts as truncated
 */
public record HttpLimits(Duration connectTimeout, Duration totalDeadline, int maxHeaderBytes, int maxHeaderLines,
                         int maxBodyBytes) {

    public HttpLimits {
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || totalDeadline.isNegative() || totalDeadline.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxHeaderBytes < 64 || maxHeaderLines < 1 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("limits too small");
        }
    }

    /** 3 s connect, 8 s total, 32 KB / 100 header lines, 64 KB body. */
    public static HttpLimits defaults() {
        return new HttpLimits(Duration.ofSeconds(3), Duration.ofSeconds(8), 32 * 1024, 100, 64 * 1024);
    }

    public HttpLimits withTotalDeadline(Duration deadline) {
        return new HttpLimits(connectTimeout, deadline, maxHeaderBytes, maxHeaderLines, maxBodyBytes);
    }

    public HttpLimits withMaxBodyBytes(int bytes) {
        return new HttpLimits(connectTimeout, totalDeadline, maxHeaderBytes, maxHeaderLines, bytes);
    }
}
