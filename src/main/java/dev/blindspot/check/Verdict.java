package dev.blindspot.check;

/** The judgement of a check on one asset/port: PASS, FAIL, or UNKNOWN with the reason it could not tell. */
public sealed interface Verdict {
    record Pass() implements Verdict {}
    record Fail() implements Verdict {}
    record Unknown(String reason) implements Verdict {}

    Verdict PASS = new Pass();
    Verdict FAIL = new Fail();

    static Verdict unknown(String reason) {
        return new Unknown(reason);
    }

    /** The report's status word: pass, fail or unknown. */
    default String wireName() {
        return switch (this) {
            case Pass p -> "pass";
            case Fail f -> "fail";
            case Unknown u -> "unknown";
        };
    }
}
