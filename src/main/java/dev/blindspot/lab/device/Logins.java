package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.Credentials;
import dev.blindspot.lab.server.Request;
import java.net.InetAddress;
import java.util.Set;

/** Checks the {@code Authorization} header of an HTTP or RTSP request against a device's account. */
final class Logins {

    /** Which protocol names an attempt per channel and scheme. */
    enum Channel {
        HTTP(LoginProtocol.HTTP_BASIC, LoginProtocol.HTTP_DIGEST),
        RTSP(LoginProtocol.RTSP_BASIC, LoginProtocol.RTSP_DIGEST),
        ONVIF(LoginProtocol.HTTP_BASIC, LoginProtocol.ONVIF_HTTP_DIGEST);

        private final LoginProtocol basic;
        private final LoginProtocol digest;

        Channel(LoginProtocol basic, LoginProtocol digest) {
            this.basic = basic;
            this.digest = digest;
        }
    }

    private Logins() {}

    /**
     * The outcome for this request. Credentials in a scheme the device does not accept still count as a (failed)
     * attempt: the device received them.
     */
    static AuthOutcome check(SimDevice device, Request request, InetAddress client, Channel channel,
                             Set<HttpAuth> accepted, String realm) {
        var parsed = request.header("Authorization").flatMap(Credentials::parse);
        if (parsed.isEmpty()) {
            return AuthOutcome.MISSING;
        }
        return switch (parsed.get()) {
            case Credentials.Basic basic -> device.login(channel.basic, client, basic.username(),
                    password -> accepted.contains(HttpAuth.BASIC) && basic.matches(password));
            case Credentials.Digest digest -> device.login(channel.digest, client, digest.username(),
                    password -> accepted.contains(HttpAuth.DIGEST)
                            && digest.verify(request.method(), realm, password));
        };
    }
}
