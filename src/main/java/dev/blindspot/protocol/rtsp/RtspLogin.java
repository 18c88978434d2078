package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.RtspReply;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.auth.AuthChallenge;
import dev.blindspot.protocol.auth.AuthException;
import dev.blindspot.protocol.auth.Authorization;
import dev.blindspot.protocol.auth.Authorizer;
import dev.blindspot.scan.ProbeOutcome;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One RTSP credential attempt: {@code DESCRIBE} without credentials to get the challenge, then exactly one
 * {@code DESCRIBE} answering it (Digest, or Basic when only Basic is offered), on the same connection when the
 * server keeps it. Lockout signals (403, 429, 453, vendor lock text) are reported as such, even on the first
 * request, in which case no credential is sent.
 */
public final class RtspLogin {

    private final RtspClient client;
    private final Authorizer authorizer;

    public RtspLogin(RtspClient client, Authorizer authorizer) {
        this.client = Objects.requireNonNull(client, "client");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    }

    /** @param path the stream path to DESCRIBE, e.g. {@code /Streaming/Channels/101} */
    public LoginResult attempt(InetAddress address, int port, String path, String username, Secret password) {
        return run(address, port, path, username, password, false).result();
    }

    /**
     * One attempt, with what was spoken. {@code checkedBeforeRouting}: the device is known to challenge every path,
     * even one that cannot exist (it checks credentials before it looks the path up), so a 404/454 after credentials
     * means they passed the check: accepted, on a wrong route.
     */
    public Attempt attempt(InetAddress address, int port, String path, String username, Secret password,
                           boolean checkedBeforeRouting) {
        return run(address, port, path, username, password, checkedBeforeRouting);
    }

    /** The attempt as an observation; protocol is {@code rtsp-digest}, {@code rtsp-basic}, or {@code rtsp}. */
    public LoginObservation observe(InetAddress address, int port, String path, String username, Secret password,
                                    String source) {
        Attempt a = run(address, port, path, username, password, false);
        return new LoginObservation(address.getHostAddress(), port, a.protocol(), username, password, source,
                a.result());
    }

    /** One attempt: {@code protocol} is {@code rtsp-digest}, {@code rtsp-basic}, or {@code rtsp} (nothing sent). */
    public record Attempt(String protocol, LoginResult result) {}

    private Attempt run(InetAddress address, int port, String path, String username, Secret password,
                        boolean checkedBeforeRouting) {
        String uri = RtspUri.of(address, port, path);
        try (RtspSession session = client.open(address, port)) {
            ProbeOutcome<RtspReply> first = session.send(RtspRequest.describe(uri));
            Optional<RtspReply> challengeReply = first.answer();
            if (challengeReply.isEmpty()) {
                return new Attempt("rtsp", new LoginResult.Failed(first.describe()));
            }
            RtspReply reply = challengeReply.get();
            Optional<String> lock = LockoutSignals.of(reply);
            if (lock.isPresent()) {
                return new Attempt("rtsp", new LoginResult.LockoutSignal(lock.get()));
            }
            if (reply.status() != 401) {
                return new Attempt("rtsp", new LoginResult.Failed(withoutChallenge(reply)));
            }
            Authorization auth;
            try {
                List<AuthChallenge> offered = AuthChallenge.parseAll(reply.headers().all("WWW-Authenticate"));
                auth = authorizer.authorize(offered, "DESCRIBE", uri, username, password);
            } catch (AuthException e) {
                return new Attempt("rtsp", new LoginResult.Failed("cannot answer challenge: " + e.getMessage()));
            }
            String protocol = "rtsp-" + auth.scheme().toLowerCase(Locale.ROOT);
            ProbeOutcome<RtspReply> second =
                    session.send(RtspRequest.describe(uri).withHeader("Authorization", auth.headerValue()));
            Optional<RtspReply> stale = second.answer().filter(r -> r.status() == 401 && staleNonce(r));
            if (stale.isPresent()) {
                // RFC 7616 section 3.3: stale=true rejects the nonce, not the password; answer the fresh nonce once
                try {
                    List<AuthChallenge> fresh = AuthChallenge.parseAll(stale.get().headers().all("WWW-Authenticate"));
                    Authorization retry = authorizer.authorize(fresh, "DESCRIBE", uri, username, password);
                    second = session.send(RtspRequest.describe(uri).withHeader("Authorization", retry.headerValue()));
                } catch (AuthException e) {
                    return new Attempt(protocol, new LoginResult.Failed("cannot answer the fresh nonce: " + e.getMessage()));
                }
            }
            LoginResult result = verdict(second);
            if (checkedBeforeRouting && second.answer().map(r -> r.status() == 404 || r.status() == 454).orElse(false)) {
                result = new LoginResult.Accepted();
            }
            return new Attempt(protocol, result);
        }
    }

    private static String withoutChallenge(RtspReply reply) {
        return switch (reply.status()) {
            case 200 -> "no credentials asked: DESCRIBE answered 200 without them";
            case 404, 454 -> "stream path not found (" + reply.status() + ")";
            default -> "unexpected RTSP status " + reply.status() + " " + reply.reason();
        };
    }

    private static LoginResult verdict(ProbeOutcome<RtspReply> outcome) {
        if (outcome.answer().isEmpty()) {
            return new LoginResult.Failed(outcome.describe());
        }
        RtspReply reply = outcome.answer().get();
        if (reply.status() == 200) {
            return new LoginResult.Accepted();
        }
        Optional<String> lock = LockoutSignals.of(reply);
        if (lock.isPresent()) {
            return new LoginResult.LockoutSignal(lock.get());
        }
        if (reply.status() == 401) {
            return staleNonce(reply) ? new LoginResult.Failed("server said the nonce went stale")
                    : new LoginResult.Rejected();
        }
        return new LoginResult.Failed("unexpected RTSP status " + reply.status() + " " + reply.reason());
    }

    /** A 401 with {@code stale=true} rejects the nonce, not the password (RFC 7616 section 3.3). */
    private static boolean staleNonce(RtspReply reply) {
        try {
            return AuthChallenge.parseAll(reply.headers().all("WWW-Authenticate")).stream()
                    .anyMatch(c -> c.isScheme("Digest") && c.stale());
        } catch (AuthException e) {
            return false;
        }
    }
}
