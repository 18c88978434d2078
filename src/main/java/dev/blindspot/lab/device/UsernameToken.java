package dev.blindspot.lab.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A WS-Security UsernameToken from a SOAP header. With {@code digest} the password field is
 * Base64(SHA-1(nonce + created + password)) (WSS UsernameToken Profile 1.0), else the password in clear.
 */
record UsernameToken(String username, String password, boolean digest, String nonce, String created) {

    boolean matches(String expectedPassword) {
        if (!digest) {
            return MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                    expectedPassword.getBytes(StandardCharsets.UTF_8));
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(Base64.getDecoder().decode(nonce.trim()));
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(expectedPassword.getBytes(StandardCharsets.UTF_8));
            byte[] expected = Base64.getEncoder().encode(sha1.digest());
            return MessageDigest.isEqual(expected, password.trim().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the JDK", e);
        }
    }

    @Override
    public String toString() {
        return "UsernameToken[" + username + ", digest=" + digest + "]";
    }
}
