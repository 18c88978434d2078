package dev.blindspot.lab.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The password hash DVRIP logins carry ("Sofia" hash): MD5 of the password, then each pair of digest bytes summed
 * modulo 62 and mapped to {@code 0-9A-Za-z}, giving 8 characters (the blank password is {@code tlJwpbo6}).
 */
final class SofiaHash {

    private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private SofiaHash() {}

    static String of(String password) {
        byte[] md5;
        try {
            md5 = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JDK", e);
        }
        StringBuilder out = new StringBuilder(8);
        for (int i = 0; i < md5.length; i += 2) {
            out.append(CHARS.charAt(((md5[i] & 0xff) + (md5[i + 1] & 0xff)) % CHARS.length()));
        }
        return out.toString();
    }
}
