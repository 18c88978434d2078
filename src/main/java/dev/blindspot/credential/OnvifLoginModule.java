package dev.blindspot.credential;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.auth.AuthChallenge;
import dev.blindspot.protocol.auth.AuthException;
import dev.blindspot.protocol.auth.Authorization;
import dev.blindspot.protocol.auth.Authorizer;
import dev.blindspot.protocol.auth.DigestAuthenticator;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import dev.blindspot.protocol.onvif.OnvifOperation;
import dev.blindspot.protocol.onvif.OnvifSoap;
import dev.blindspot.protocol.onvif.WsUsernameToken;
import dev.blindspot.scan.ProbeOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * ONVIF logins on the device service, with the harmless read {@code GetDeviceInformation} as the check. A port whose
 * unauthenticated GetDeviceInformation (first pass) already succeeded needs no login and is skipped. A port that
 * answered with a SOAP fault is tried with a WS-Security UsernameToken PasswordDigest whose {@code Created} is our
 * clock corrected by the device's offset (read once with the open GetSystemDateAndTime when planning: devices reject
 * tokens outside a few seconds of their own clock); a port that answered a bare HTTP 401 (and the open
 * GetSystemDateAndTime with data, so it is ONVIF) is tried with HTTP Digest only (the unauthenticated request fetches
 * the challenge, then one authenticated request; a Basic-only endpoint gets no credentials). Accepted: HTTP 200 without a
 * fault; rejected: 401 or a NotAuthorized/FailedAuthentication fault; 403/429 and lock texts are lockout signals.
 */
public final class OnvifLoginModule implements LoginModule {

    static final String WSSE = "wsse";
    static final String HTTP_DIGEST = "http-digest";
    private static final OnvifOperation CHECK = OnvifOperation.GET_DEVICE_INFORMATION;

    private final BoundedHttpClient client;
    private final Clock clock;
    private final RandomGenerator random;
    private final Authorizer authorizer;

    public OnvifLoginModule(BoundedHttpClient client, Clock clock, RandomGenerator random) {
        this.client = client;
        this.clock = clock;
        this.random = random;
        this.authorizer = new Authorizer(DigestAuthenticator.withRandom(random));
    }

    @Override
    public String name() {
        return "onvif";
    }

    @Override
    public String credentialProtocol() {
        return "onvif";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        List<LoginTarget> out = new ArrayList<>();
        for (Observation o : observations) {
            if (!(o instanceof OnvifObservation v) || !v.address().equals(address) || !v.operation().equals(CHECK.name())
                    || v.outcome().answer().isEmpty()) {
                continue;
            }
            OnvifReply reply = v.outcome().answer().get();
            boolean fault = reply.fault().isPresent();
            if (reply.succeeded() || !(fault || reply.httpStatus() == 401)
                    || out.stream().anyMatch(t -> t.port() == v.port())) {
                continue;
            }
            if (!fault && !speaksOnvif(observations, address, v.port())) {
                continue; // a bare 401 from a web server that challenges every path is no ONVIF service
            }
            boolean tls = WebObservations.tls(observations, address, v.port());
            if (fault) {
                Duration offset = clockOffset(address, v.port(), tls, v.path()).orElse(Duration.ZERO);
                out.add(new LoginTarget(address, v.port(), tls, v.path(), WSSE + ":" + offset.toMillis()));
            } else {
                out.add(new LoginTarget(address, v.port(), tls, v.path(), HTTP_DIGEST));
            }
        }
        return out;
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        LoginAttempt a = target.detail().startsWith(WSSE) ? wsse(target, username, password)
                : httpAuth(target, username, password);
        if (a.result() instanceof LoginResult.Failed f && !password.reveal().isEmpty()
                && f.reason().contains(password.reveal())) {
            return new LoginAttempt(new LoginResult.Failed(f.reason().replace(password.reveal(), password.masked())),
                    a.protocol());
        }
        return a;
    }

    private LoginAttempt wsse(LoginTarget target, String username, Secret password) {
        long offsetMillis = Long.parseLong(target.detail().substring(WSSE.length() + 1));
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        Instant created = clock.instant().plusMillis(offsetMillis);
        WsUsernameToken token = WsUsernameToken.create(username, password, nonce, created);
        return new LoginAttempt(verdict(post(target, token.envelope(CHECK), List.of())), "onvif-wsse");
    }

    private LoginAttempt httpAuth(LoginTarget target, String username, Secret password) {
        ProbeOutcome<RawHttpResponse> first = post(target, OnvifSoap.envelope(CHECK), List.of());
        if (first.answer().isEmpty()) {
            return new LoginAttempt(new LoginResult.Failed(first.describe()), "onvif");
        }
        RawHttpResponse challenge = first.answer().get();
        if (challenge.reply().status() != 401) {
            return new LoginAttempt(new LoginResult.Failed("HTTP " + challenge.reply().status()
                    + " without a challenge; no credentials sent"), "onvif");
        }
        Authorization auth;
        try {
            List<AuthChallenge> digest = AuthChallenge.parseAll(challenge.reply().headers().all("WWW-Authenticate"))
                    .stream().filter(c -> c.isScheme("Digest")).toList();
            auth = authorizer.authorize(digest, "POST", target.path(), username, password);
        } catch (AuthException e) {
            return new LoginAttempt(new LoginResult.Failed("cannot answer challenge: " + e.getMessage()), "onvif");
        }
        String protocol = "onvif-http-" + auth.scheme().toLowerCase(java.util.Locale.ROOT);
        return new LoginAttempt(verdict(post(target, OnvifSoap.envelope(CHECK),
                List.of(new Header("Authorization", auth.headerValue())))), protocol);
    }

    private ProbeOutcome<RawHttpResponse> post(LoginTarget target, byte[] envelope, List<Header> extra) {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Content-Type", OnvifSoap.contentType(CHECK)));
        headers.addAll(extra);
        return client.exchangeRaw(HttpRequestSpec.post(target.address(), target.port(), target.tls(), target.path(),
                headers, envelope));
    }

    static LoginResult verdict(ProbeOutcome<RawHttpResponse> outcome) {
        if (outcome.answer().isEmpty()) {
            return new LoginResult.Failed(outcome.describe());
        }
        RawHttpResponse raw = outcome.answer().get();
        int status = raw.reply().status();
        String body = new String(raw.body(), StandardCharsets.ISO_8859_1);
        Optional<String> lock = LoginResponseClassifier.lockSignal(status, body);
        if (lock.isPresent()) {
            return new LoginResult.LockoutSignal(lock.get());
        }
        ProbeOutcome<OnvifReply> parsed = OnvifSoap.parse(status, raw.body());
        Optional<OnvifReply> reply = parsed.answer();
        if (reply.isPresent() && reply.get().succeeded()) {
            return new LoginResult.Accepted();
        }
        Optional<String> fault = reply.flatMap(OnvifReply::fault);
        if (status == 401 || fault.map(f -> f.contains("NotAuthorized") || f.contains("FailedAuthentication")
                || f.contains("InvalidSecurity")).orElse(false)) {
            return new LoginResult.Rejected();
        }
        return new LoginResult.Failed("unexpected ONVIF answer: HTTP " + status + fault.map(f -> " fault " + f).orElse(""));
    }

    /** The device's UTC clock minus ours, from the open GetSystemDateAndTime (half the round trip is ignored). */
    Optional<Duration> clockOffset(String address, int port, boolean tls, String path) {
        ProbeOutcome<RawHttpResponse> outcome = client.exchangeRaw(HttpRequestSpec.post(address, port, tls, path,
                List.of(new Header("Content-Type", OnvifSoap.contentType(OnvifOperation.GET_SYSTEM_DATE_AND_TIME))),
                OnvifSoap.envelope(OnvifOperation.GET_SYSTEM_DATE_AND_TIME)));
        Instant ours = clock.instant();
        return outcome.answer().flatMap(r -> OnvifSoap.parse(r.reply().status(), r.body()).answer())
                .filter(OnvifReply::succeeded).flatMap(r -> deviceUtc(r.fields()))
                .map(device -> Duration.between(ours, device));
    }

    /** {@code UTCDateTime.*} fields of a GetSystemDateAndTime answer as an instant. */
    static Optional<Instant> deviceUtc(Map<String, String> fields) {
        try {
            int[] v = new int[6];
            String[] names = {"Year", "Month", "Day", "Hour", "Minute", "Second"};
            for (int i = 0; i < names.length; i++) {
                String text = fields.get("UTCDateTime." + names[i]);
                if (text == null) {
                    return Optional.empty();
                }
                v[i] = Integer.parseInt(text.strip());
            }
            return Optional.of(LocalDateTime.of(v[0], v[1], v[2], v[3], v[4], v[5]).toInstant(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The open GetSystemDateAndTime answered with data on that port: an ONVIF device service is there. */
    private static boolean speaksOnvif(List<Observation> observations, String address, int port) {
        return observations.stream().anyMatch(o -> o instanceof OnvifObservation v && v.address().equals(address)
                && v.port() == port && v.operation().equals(OnvifOperation.GET_SYSTEM_DATE_AND_TIME.name())
                && v.outcome().answer().map(OnvifReply::succeeded).orElse(false));
    }
}
