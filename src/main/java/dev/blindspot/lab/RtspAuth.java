package dev.blindspot.lab;

/** Whether a device's RTSP server asks for credentials before it describes or plays a stream. */
public enum RtspAuth {
    /** Streams are served to anyone who knows (or guesses) the route. */
    NONE,
    /** Digest challenge on DESCRIBE/SETUP/PLAY (the vendor decides whether OPTIONS is open and whether Basic is offered too). */
    DIGEST
}
