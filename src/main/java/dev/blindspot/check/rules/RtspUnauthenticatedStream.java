package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.inventory.RtspReply;
import dev.blindspot.protocol.rtsp.RtspProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * FAIL when an RTSP DESCRIBE without credentials was answered 200 with a stream description (SDP with a media
 * line). A server that answers 200 to a random path is judged by the SDP it returns: media lines mean a stream
 * description is handed to anyone (FAIL, confidence LIKELY: a canned description cannot be told from a real one
 * without SETUP/PLAY, which the probe does not send); no media means it tells nothing (UNKNOWN) unless a known route
 * returned media while the invented path did not (FAIL, CONFIRMED: the server tells paths apart).
 */
public final class RtspUnauthenticatedStream implements Check {

    public static final String ID = "rtsp-unauthenticated-stream";

    /** Paths the RTSP probe invents to learn how a server answers a wrong path start with this. */
    private static final String RANDOM_PATH_PREFIX = RtspProbe.RANDOM_PATH_PREFIX;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        Map<String, List<RtspObservation>> byService = inventory.all(RtspObservation.class)
                .collect(Collectors.groupingBy(o -> o.address() + "\u0000" + o.port(), TreeMap::new, Collectors.toList()));
        for (List<RtspObservation> service : byService.values()) {
            out.add(judge(service));
        }
        return out;
    }

    private CheckResult judge(List<RtspObservation> service) {
        RtspObservation first = service.getFirst();
        List<RtspObservation> describes = service.stream().filter(o -> o.method().equals("DESCRIBE")).toList();
        boolean randomAnswered200 = describes.stream()
                .anyMatch(o -> o.path().startsWith(RANDOM_PATH_PREFIX) && status(o) == 200);
        boolean randomGotMedia = describes.stream()
                .anyMatch(o -> o.path().startsWith(RANDOM_PATH_PREFIX) && status(o) == 200 && hasMedia(o));
        Optional<RtspObservation> openRoute = describes.stream()
                .filter(o -> !o.path().startsWith(RANDOM_PATH_PREFIX) && status(o) == 200 && hasMedia(o))
                .findFirst();
        if (openRoute.isPresent()) {
            RtspObservation o = openRoute.get();
            // a server that also describes an invented path may hand out a canned description: likely, not confirmed
            return CheckResult.fail(o.address(), o.port(),
                    "DESCRIBE rtsp://" + host(o) + ":" + o.port() + o.path() + " answered 200 with a stream description, no credentials sent"
                            + (randomGotMedia ? " (this server describes invented paths too, so the description may be canned;"
                                    + " confidence likely)"
                            : randomAnswered200 ? " (this server answers 200 to invented paths too, but without media lines)" : ""),
                    randomGotMedia ? Confidence.LIKELY : Confidence.CONFIRMED).withDetail(o.path());
        }
        Optional<RtspObservation> openRandom = describes.stream()
                .filter(o -> o.path().startsWith(RANDOM_PATH_PREFIX) && status(o) == 200 && hasMedia(o)).findFirst();
        if (openRandom.isPresent()) {
            RtspObservation o = openRandom.get();
            return CheckResult.fail(o.address(), o.port(),
                    "DESCRIBE of an invented path " + o.path() + " answered 200 with a stream description (media lines), no credentials"
                            + " sent: the server describes a stream on any path; no known route answered, and SETUP was not tried"
                            + " (confidence likely)",
                    Confidence.LIKELY).withDetail("any-path");
        }
        if (describes.stream().anyMatch(o -> status(o) == 401)) {
            return CheckResult.pass(first.address(), first.port(), "DESCRIBE without credentials was answered 401 Unauthorized");
        }
        if (randomAnswered200) {
            return CheckResult.unknown(first.address(), first.port(),
                    "the server answers 200 without a stream description to any path, so its answers do not tell");
        }
        Optional<RtspObservation> failed = service.stream().filter(o -> o.outcome().answer().isEmpty()).findFirst();
        if (failed.isPresent()) {
            return CheckResult.unknown(first.address(), first.port(), "RTSP " + failed.get().method() + ": " + failed.get().outcome().describe());
        }
        return CheckResult.unknown(first.address(), first.port(),
                "no known stream path answered (" + describes.size() + " tried); cannot tell whether streams need credentials");
    }

    private static int status(RtspObservation o) {
        return o.outcome().answer().map(RtspReply::status).orElse(-1);
    }

    private static boolean hasMedia(RtspObservation o) {
        return o.outcome().answer().map(r -> r.body().lines().anyMatch(l -> l.startsWith("m=video") || l.startsWith("m=audio")))
                .orElse(false);
    }

    private static String host(RtspObservation o) {
        return o.address().contains(":") ? "[" + o.address() + "]" : o.address();
    }
}
