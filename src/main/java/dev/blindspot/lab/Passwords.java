package dev.blindspot.lab;

import java.util.SplittableRandom;

/** Deterministic lab passwords: the same seed and index give the same password on every run. */
final class Passwords {

    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#$%@*+-";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;
    private static final int LENGTH = 14;

    private Passwords() {}

    /** A strong password unique to device {@code index} of a fleet made with {@code seed}. */
    static String strong(long seed, int index) {
        return generate(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index));
    }

    /** The password every device of {@code group} shares in a fleet made with {@code seed}. */
    static String shared(long seed, String group) {
        return generate(new SplittableRandom(seed ^ ((long) group.hashCode() << 32) ^ 0x5348415245444C4BL));
    }

    private static String generate(SplittableRandom random) {
        char[] out = new char[LENGTH];
        out[0] = UPPER.charAt(random.nextInt(UPPER.length()));
        out[1] = LOWER.charAt(random.nextInt(LOWER.length()));
        out[2] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        out[3] = SYMBOLS.charAt(random.nextInt(SYMBOLS.length()));
        for (int i = 4; i < LENGTH; i++) {
            out[i] = ALL.charAt(random.nextInt(ALL.length()));
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char c = out[i];
            out[i] = out[j];
            out[j] = c;
        }
        return new String(out);
    }
}
