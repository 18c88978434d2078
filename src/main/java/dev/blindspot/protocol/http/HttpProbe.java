package dev.blindspot.protocol.http;

import dev.blindspot.inventory.HttpObservation;

/** Fetches a page (by default {@code /}) from one address and port and records what came back. */
public final class HttpProbe {

    private final BoundedHttpClient client;

    public HttpProbe(BoundedHttpClient client) {
        this.client = client;
    }

    public HttpObservation probe(String address, int port, boolean tls) {
        return probe(address, port, tls, "/");
    }

    public HttpObservation probe(String address, int port, boolean tls, String path) {
        HttpRequestSpec spec = HttpRequestSpec.get(address, port, tls, path);
        return new HttpObservation(address, port, tls, spec.method(), path, client.exchange(spec));
    }
}
