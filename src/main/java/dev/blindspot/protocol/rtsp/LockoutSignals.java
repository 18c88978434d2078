package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.RtspReply;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises replies saying an account or client is locked out or throttled. */
final class LockoutSignals {

    /** Words vendors use in reason phrases and bodies when they lock an account or count attempts. */
    private static final Pattern TEXT = Pattern.compile(
            "(?i)\\b(lock(ed|out)?|locked out|too many|blocked|attempts? left|remaining attempts?|attempt\\(s\\))");

    private LockoutSignals() {
    }

    static Optional<String> of(RtspReply reply) {
        int s = reply.status();
        if (s == 403 || s == 429 || s == 453) {
            return Optional.of(("RTSP " + s + " " + reply.reason()).trim());
        }
        for (String text : new String[] {reply.reason(), reply.body()}) {
            Matcher m = TEXT.matcher(text);
            if (m.find()) {
                return Optional.of("RTSP " + s + " with lock text: " + around(text, m.start()));
            }
        }
        return Optional.empty();
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - 30);
        int to = Math.min(text.length(), at + 50);
        return RtspResponseReader.printable(text.substring(from, to).replaceAll("\\s+", " ").trim());
    }
}
