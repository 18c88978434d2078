package dev.blindspot.protocol.active;

import dev.blindspot.inventory.ActiveCheckObservation;
import dev.blindspot.inventory.ActiveCheckRun;
import dev.blindspot.inventory.ActiveCheckVerdict;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import dev.blindspot.scan.ProbeOutcome;
import dev.blindspot.scan.ScanProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;

/**
 * Runs the safe active checks ({@link ActiveChecks}) that apply to an identified device, after fingerprinting: on
 * the first web port whose {@code GET /} answered, each check's one or two requests, judged by its matchers. Bounded:
 * bodies read through a client capped at {@value #MAX_BODY} bytes, at most {@value #MAX_REQUESTS_PER_DEVICE}
 * requests and one total deadline per device. Profile {@code safe} sends nothing (each check is recorded as skipped
 * "profile safe"); intrusive entries are skipped unless the profile allows intrusive checks. A session a vulnerable
 * device hands out is never used: only closed with the entry's logout. Answers are never stored, only the verdict.
 */
public final class ActiveCheckProbe {

    /** Body bytes read per answer. */
    public static final int MAX_BODY = 16 * 1024;
    /** Requests per device, all checks together. */
    public static final int MAX_REQUESTS_PER_DEVICE = 12;
    /** Why nothing is sent under {@code --profile safe}. */
    public static final String PROFILE_SAFE = "profile safe";

    private final BoundedHttpClient client;
    private final ActiveChecks checks;
    private final ScanProfile profile;
    private final Duration deadline;
    private final LongSupplier nanoTime;

    /**
     * @param client   a client whose body cap is at most {@link #MAX_BODY}
     * @param deadline the total time all checks of one device may take
     */
    public ActiveCheckProbe(BoundedHttpClient client, ActiveChecks checks, ScanProfile profile, Duration deadline) {
        this(client, checks, profile, deadline, System::nanoTime);
    }

    ActiveCheckProbe(BoundedHttpClient client, ActiveChecks checks, ScanProfile profile, Duration deadline,
                     LongSupplier nanoTime) {
        this.client = client;
        this.checks = checks;
        this.profile = profile;
        this.deadline = deadline;
        this.nanoTime = nanoTime;
    }

    /**
     * One observation per applicable check; none when no check applies, no web port answered, or the device is known
     * to be something other than surveillance equipment (a D-Link router is not asked a D-Link camera's CVE).
     */
    public List<ActiveCheckObservation> probe(String address, List<Observation> firstPass, Identity identity) {
        if (identity.deviceClass().isPresent() && !identity.isSurveillance()) {
            return List.of();
        }
        List<ActiveCheck> applicable = checks.applicable(identity);
        Optional<Map.Entry<Integer, Boolean>> web = webPorts(firstPass).entrySet().stream().findFirst();
        if (applicable.isEmpty() || web.isEmpty()) {
            return List.of();
        }
        int port = web.get().getKey();
        boolean tls = web.get().getValue();
        long end = nanoTime.getAsLong() + deadline.toNanos();
        int sent = 0;
        List<ActiveCheckObservation> out = new ArrayList<>();
        for (ActiveCheck check : applicable) {
            Optional<String> skip = skipReason(check, sent, end);
            ActiveCheckRun run;
            if (skip.isPresent()) {
                run = new ActiveCheckRun.Skipped(skip.get());
            } else {
                run = run(address, port, tls, check, end);
                sent += ((ActiveCheckRun.Sent) run).requests();
            }
            out.add(new ActiveCheckObservation(address, port, check.id(), check.cve(), run));
        }
        return List.copyOf(out);
    }

    private Optional<String> skipReason(ActiveCheck check, int sent, long end) {
        if (profile.name().equals("safe")) {
            return Optional.of(PROFILE_SAFE);
        }
        if (check.intrusive() && !profile.intrusiveAllowed()) {
            return Optional.of("intrusive check: runs only with --profile intrusive");
        }
        if (sent + check.maxRequests() > MAX_REQUESTS_PER_DEVICE) {
            return Optional.of("request budget of " + MAX_REQUESTS_PER_DEVICE + " per device spent");
        }
        if (nanoTime.getAsLong() >= end) {
            return Optional.of("device deadline of " + deadline.toMillis() + " ms reached");
        }
        return Optional.empty();
    }

    private ActiveCheckRun.Sent run(String address, int port, boolean tls, ActiveCheck check, long end) {
        int requests = 0;
        ProbeOutcome<RawHttpResponse> last = new ProbeOutcome.ProtocolError<>("not sent");
        for (ActiveCheck.Request r : check.requests()) {
            if (requests > 0 && nanoTime.getAsLong() >= end) {
                return new ActiveCheckRun.Sent(requests, new ProbeOutcome.TimedOut<>(deadline));
            }
            last = client.exchangeRaw(spec(address, port, tls, r, r.path(), r.body()));
            requests++;
            if (last.answer().isEmpty()) {
                return new ActiveCheckRun.Sent(requests, retype(last));
            }
        }
        RawHttpResponse answer = last.answer().orElseThrow();
        String body = new String(answer.body(), StandardCharsets.ISO_8859_1);
        ActiveCheckVerdict verdict = check.judge(answer.reply().status(), headerText(answer), body, size(answer));
        if (verdict instanceof ActiveCheckVerdict.Vulnerable v && check.logout().isPresent()) {
            ActiveCheck.Logout logout = check.logout().get();
            Matcher m = logout.extract().matcher(body);
            if (m.find() && nanoTime.getAsLong() < end) {
                String session = m.group(1);
                ActiveCheck.Request r = logout.request();
                ProbeOutcome<RawHttpResponse> closed = client.exchangeRaw(spec(address, port, tls, r,
                        r.path().replace("${session}", session), r.body().replace("${session}", session)));
                requests++;
                verdict = new ActiveCheckVerdict.Vulnerable(v.evidence() + closed.answer()
                        .map(a -> "; session closed (logout answered HTTP " + a.reply().status() + ")")
                        .orElse("; logout not answered (" + closed.describe() + ")"));
            } else {
                verdict = new ActiveCheckVerdict.Vulnerable(v.evidence() + "; no session to close");
            }
        }
        return new ActiveCheckRun.Sent(requests, ProbeOutcome.answered(verdict));
    }

    private static HttpRequestSpec spec(String address, int port, boolean tls, ActiveCheck.Request r, String path,
                                        String body) {
        List<Header> headers = r.headers().entrySet().stream().map(e -> new Header(e.getKey(), e.getValue())).toList();
        Optional<byte[]> bytes = r.method().equals("GET") && body.isEmpty() ? Optional.empty()
                : Optional.of(body.getBytes(StandardCharsets.UTF_8));
        return new HttpRequestSpec(address, port, tls, r.method(), path, headers, bytes,
                HttpRequestSpec.defaultHost(address, port, tls));
    }

    private static String headerText(RawHttpResponse raw) {
        StringBuilder sb = new StringBuilder();
        for (Header h : raw.reply().headers().lines()) {
            sb.append(h.name()).append(": ").append(h.value()).append('\n');
        }
        return sb.toString();
    }

    private static long size(RawHttpResponse raw) {
        Optional<String> length = raw.reply().headers().first("Content-Length").map(String::strip);
        return length.filter(l -> l.matches("\\d{1,12}")).map(Long::parseLong).orElse((long) raw.body().length);
    }

    private static ProbeOutcome<ActiveCheckVerdict> retype(ProbeOutcome<RawHttpResponse> o) {
        return switch (o) {
            case ProbeOutcome.Refused<RawHttpResponse> r -> new ProbeOutcome.Refused<>(r.detail());
            case ProbeOutcome.TimedOut<RawHttpResponse> t -> new ProbeOutcome.TimedOut<>(t.after());
            case ProbeOutcome.ProtocolError<RawHttpResponse> p -> new ProbeOutcome.ProtocolError<>(p.detail());
            case ProbeOutcome.Answered<RawHttpResponse> a -> throw new IllegalArgumentException("answered");
        };
    }

    /** Ports (with their TLS flag) where the first pass's {@code GET /} got an HTTP answer, in first-pass order. */
    static Map<Integer, Boolean> webPorts(List<Observation> firstPass) {
        Map<Integer, Boolean> out = new LinkedHashMap<>();
        for (Observation o : firstPass) {
            if (o instanceof HttpObservation h && h.path().equals("/") && h.outcome().answer().isPresent()) {
                out.putIfAbsent(h.port(), h.tls());
            }
        }
        return out;
    }
}
