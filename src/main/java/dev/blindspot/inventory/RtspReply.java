package dev.blindspot.inventory;

/** An RTSP response (bounded): status line, headers, and the body (SDP for DESCRIBE) if any. */
public record RtspReply(int status, String reason, Headers headers, String body) {}
