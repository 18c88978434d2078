package dev.blindspot.protocol.rtsp;

/** The peer's bytes are not an RTSP response, or break a size limit. */
final class ProtocolViolation extends Exception {

    ProtocolViolation(String message) {
        super(message);
    }
}
