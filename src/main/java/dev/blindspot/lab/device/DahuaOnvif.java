package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The ONVIF answers every Dahua firmware sends the same way (samples onvif/http_401_dahua_*). */
final class DahuaOnvif {

    private DahuaOnvif() {
    }

    static Response soap(String statusLine, String xml) {
        return Response.builder(statusLine).header("Content-Type", "application/soap+xml; charset=utf-8")
                .header("Connection", "close").contentLength().body(xml);
    }

    /** The HTTP Digest challenge Dahua's ONVIF service answers without credentials. */
    static Response notAuthorized(String realm) {
        String nonce = Base64.getEncoder().encodeToString(("onvif-digest:" + Nonces.digits(11))
                .getBytes(StandardCharsets.US_ASCII));
        return Response.builder("HTTP/1.1 401 Unauthorized")
                .header("Content-Type", "application/soap+xml; charset=utf-8").header("Connection", "close")
                .header("WWW-Authenticate", "Digest realm=\"" + realm + "\",qop=\"auth\",nonce=\"" + nonce
                        + "\", opaque=\"\", stale=\"false\"")
                .contentLength().noBody();
    }
}
