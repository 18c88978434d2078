package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;

/** A request as a test server received it; {@code connection} numbers the TCP connections from 1. */
record ReceivedRequest(String method, String uri, String version, Headers headers, int connection) {

    String header(String name) {
        return headers.first(name).orElse("");
    }

    int cseq() {
        return Integer.parseInt(header("CSeq").trim());
    }

    boolean authenticated() {
        return headers.first("Authorization").isPresent();
    }

    static Header h(String name, String value) {
        return new Header(name, value);
    }
}
