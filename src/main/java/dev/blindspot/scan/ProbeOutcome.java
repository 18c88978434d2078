package dev.blindspot.scan;

import java.time.Duration;
import java.util.Optional;

/**
 * What one probe exchange came to. Every probe names its outcome; "no answer" never reads as "not vulnerable".
 *
 * @param <T> the typed value a probe produces when the peer answered
 */
public sealed interface ProbeOutcome<T> {

    /** The peer answered in the protocol we spoke; {@code value} is what it said. */
    record Answered<T>(T value) implements ProbeOutcome<T> {}

    /** The connection was actively refused (RST, ICMP unreachable, connection closed before any byte). */
    record Refused<T>(String detail) implements ProbeOutcome<T> {}

    /** Nothing (or not enough) arrived before the deadline. */
    record TimedOut<T>(Duration after) implements ProbeOutcome<T> {}

    /** The peer answered, but not in the protocol we spoke, or beyond a size/parse limit. */
    record ProtocolError<T>(String detail) implements ProbeOutcome<T> {}

    static <T> ProbeOutcome<T> answered(T value) {
        return new Answered<>(value);
    }

    default Optional<T> answer() {
        return this instanceof Answered<T> a ? Optional.of(a.value()) : Optional.empty();
    }

    /** A short human reason for anything but an answer; used as the UNKNOWN reason of checks. */
    default String describe() {
        return switch (this) {
            case Answered<T> a -> "answered";
            case Refused<T> r -> "connection refused (" + r.detail() + ")";
            case TimedOut<T> t -> "timed out after " + t.after().toMillis() + " ms";
            case ProtocolError<T> p -> "protocol error: " + p.detail();
        };
    }
}
