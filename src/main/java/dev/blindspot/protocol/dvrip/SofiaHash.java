package dev.blindspot.protocol.dvrip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The password hash Xiongmai DVRIP logins carry (the "Sofia" hash, {@code EncryptType MD5}): MD5 of the password, each
 * pair of digest bytes summed modulo 62 and mapped to {@code 0-9A-Za-z}: 8 characters (blank password:
 * {@code tlJwpbo6}, as public DVRIP clients such as NeiroNx/python-dvr and sofia-netsurv send it).
 */
public final class SofiaHash {

    private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private SofiaHash() {}

    public static String of(String password) {
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
