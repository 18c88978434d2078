package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/**
 * The outcome of one RTSP request without credentials.
 *
 * @param path the request path (for example {@code /} or {@code /Streaming/Channels/101})
 */
public record RtspObservation(String address, int port, String method, String path,
                              ProbeOutcome<RtspReply> outcome) implements Observation {}
