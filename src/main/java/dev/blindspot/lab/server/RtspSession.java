package dev.blindspot.lab.server;

import java.net.InetAddress;
import java.util.Optional;

/** Per-connection RTSP state: who the client is and the session a SETUP created, if any. */
public final class RtspSession {

    private final InetAddress client;
    private final int localPort;
    private String sessionId;

    public RtspSession(InetAddress client, int localPort) {
        this.client = client;
        this.localPort = localPort;
    }

    public InetAddress client() {
        return client;
    }

    public int localPort() {
        return localPort;
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public void sessionId(String id) {
        this.sessionId = id;
    }
}
