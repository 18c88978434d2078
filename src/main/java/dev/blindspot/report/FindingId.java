package dev.blindspot.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The stable id of a finding: the first 16 hex digits of SHA-256 over {@code checkId|asset|port|detail}
 * (port empty when absent). The same check on the same asset, port and detail gets the same id in every scan,
 * so reports can be compared and findings suppressed by id.
 */
public final class FindingId {

    private FindingId() {}

    public static String of(String checkId, String asset, Optional<Integer> port, String detail) {
        String key = checkId + "|" + asset + "|" + port.map(String::valueOf).orElse("") + "|" + detail;
        return HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
