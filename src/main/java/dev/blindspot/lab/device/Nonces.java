package dev.blindspot.lab.device;

import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh challenge values in vendor formats. The lab verifies a Digest response against the nonce the client
 * echoes, so nonces need no server-side state (replay protection is not what the lab simulates).
 */
final class Nonces {

    private Nonces() {}

    static String hex(int chars) {
        byte[] bytes = new byte[(chars + 1) / 2];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, chars);
    }

    static String base64(int bytes) {
        byte[] raw = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    static String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        out.append((char) ('1' + ThreadLocalRandom.current().nextInt(9)));
        for (int i = 1; i < count; i++) {
            out.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
        }
        return out.toString();
    }
}
