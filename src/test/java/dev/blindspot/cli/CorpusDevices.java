package dev.blindspot.cli;

import dev.blindspot.lab.server.BannerServer;
import dev.blindspot.lab.server.ConnectionHandler;
import dev.blindspot.lab.server.Connections;
import dev.blindspot.lab.server.HttpServer;
import dev.blindspot.lab.server.Listener;
import dev.blindspot.lab.server.Response;
import dev.blindspot.lab.server.RtspServer;
import dev.blindspot.lab.server.ServerCertificates;
import dev.blindspot.lab.server.TlsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test helper: loopback servers that send one banner the way a real device sends it (a Server header on
 * {@code GET /}, a 401 challenge, a page title, an RTSP server, a TLS certificate subject, an FTP or Telnet
 * greeting, an SSH identification line), each on its own address and on the port {@link #PORTS} names for that
 * service; and web servers with a given {@code /favicon.ico}.
 */
final class CorpusDevices implements AutoCloseable {

    static final int HTTP = 18080;
    static final int HTTPS = 18443;
    static final int RTSP = 18554;
    static final int FTP = 18021;
    static final int TELNET = 18023;
    static final int SSH = 18022;
    /** The scan's ports, with the service each is probed as. */
    static final String PORTS = HTTP + "/http," + HTTPS + "/https," + RTSP + "/rtsp," + FTP + "/ftp," + TELNET + "/telnet,"
            + SSH + "/ssh";

    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private final Connections connections = new Connections(512);
    private final ServerCertificates certificates = new ServerCertificates(Clock.systemUTC());
    private final List<Listener> listeners = new ArrayList<>();

    /** Starts the server that sends {@code value} as {@code field} on {@code address}. */
    void serve(InetAddress address, String field, String value) throws IOException {
        switch (field) {
            case "http.server" -> open(address, HTTP, http(ok(Optional.of(value), Optional.empty())));
            case "http.www-authenticate" -> open(address, HTTP, http(Response.builder("HTTP/1.1 401 Unauthorized")
                    .header("WWW-Authenticate", value).header("Content-Type", "text/html").header("Connection", "close")
                    .contentLength().body("<html><body>401 Unauthorized</body></html>")));
            case "http.title" -> open(address, HTTP, http(ok(Optional.empty(), Optional.of(value))));
            case "rtsp.server" -> open(address, RTSP, new RtspServer((request, session) -> rtsp(request.method(),
                    request.header("CSeq").orElse("0"), value), DEADLINE, 16));
            case "tls.subject" -> {
                certificates.register(address, value);
                open(address, HTTPS, new TlsServer(http(ok(Optional.empty(), Optional.empty())), certificates, DEADLINE));
            }
            case "ftp.banner" -> open(address, FTP, new BannerServer("220 " + value + "\r\n", DEADLINE));
            case "telnet.banner" -> open(address, TELNET, new BannerServer(value + "\r\nlogin: ", DEADLINE));
            // an SSH server speaks first: its identification line (rules name the part after "SSH-2.0-")
            case "ssh.banner" -> open(address, SSH, new BannerServer((value.startsWith("SSH-") ? value : "SSH-2.0-" + value)
                    + "\r\n", DEADLINE));
            default -> throw new IllegalArgumentException("no server for field " + field);
        }
    }

    /** An ordinary web server: {@code GET /} answered 200 with that Server header and page title, when given. */
    void serveWeb(InetAddress address, Optional<String> server, Optional<String> title) throws IOException {
        open(address, HTTP, http(ok(server, title)));
    }

    /** A web server whose {@code GET /} answers an empty page and {@code GET /favicon.ico} these bytes. */
    void serveFavicon(InetAddress address, byte[] icon) throws IOException {
        Response page = ok(Optional.empty(), Optional.empty());
        Response favicon = Response.builder("HTTP/1.1 200 OK").header("Content-Type", "image/x-icon")
                .header("Connection", "close").contentLength().body(icon);
        open(address, HTTP, new HttpServer((request, exchange) -> request.path().equals("/favicon.ico") ? favicon : page,
                DEADLINE, 8));
    }

    private void open(InetAddress address, int port, ConnectionHandler handler) throws IOException {
        listeners.add(Listener.open(address, port, handler, connections));
    }

    private static HttpServer http(Response response) {
        return new HttpServer((request, exchange) -> response, DEADLINE, 8);
    }

    private static Response ok(Optional<String> server, Optional<String> title) {
        Response.Builder b = Response.builder("HTTP/1.1 200 OK");
        server.ifPresent(s -> b.header("Server", s));
        String head = title.map(t -> "<head><title>" + t + "</title></head>").orElse("");
        return b.header("Content-Type", "text/html").header("Connection", "close").contentLength()
                .body("<!DOCTYPE html>\n<html>" + head + "<body><p>index</p></body></html>\n");
    }

    /** OPTIONS answered 200, every other method 401 with a Digest challenge; the Server header on both. */
    private static Response rtsp(String method, String cseq, String server) {
        Response.Builder b = method.equals("OPTIONS")
                ? Response.builder("RTSP/1.0 200 OK").header("CSeq", cseq).header("Server", server)
                        .header("Public", "OPTIONS, DESCRIBE, SETUP, TEARDOWN, PLAY, PAUSE")
                : Response.builder("RTSP/1.0 401 Unauthorized").header("CSeq", cseq).header("Server", server)
                        .header("WWW-Authenticate", "Digest realm=\"Streaming Server\", nonce=\"6b1e3c4f9a0d2e7f\"");
        return b.noBody();
    }

    @Override
    public void close() {
        listeners.forEach(Listener::close);
        connections.close();
    }
}
