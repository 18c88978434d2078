package dev.blindspot.lab.device;

import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Identifiers a real unit carries (MAC, serial, realm suffixes), derived deterministically from one seed (the
 * device's address) so a device looks the same on every run and costs no memory beyond the seed.
 */
public record DeviceIds(int seed) {

    private static final String ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /** {@code count} lower-case hex digits, distinct per {@code salt}. */
    public String hex(String salt, int count) {
        SplittableRandom random = random(salt);
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    /** {@code count} decimal digits. */
    public String digits(String salt, int count) {
        SplittableRandom random = random(salt);
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** {@code count} upper-case letters and digits. */
    public String alnum(String salt, int count) {
        SplittableRandom random = random(salt);
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return out.toString();
    }

    /** A MAC address under the vendor's OUI ({@code aa:bb:cc}), lower case with colons. */
    public String mac(String oui) {
        byte[] tail = new byte[3];
        random("mac").nextBytes(tail);
        return oui + ":" + HexFormat.ofDelimiter(":").formatHex(tail);
    }

    private SplittableRandom random(String salt) {
        return new SplittableRandom(((long) seed << 32) ^ salt.hashCode());
    }
}
