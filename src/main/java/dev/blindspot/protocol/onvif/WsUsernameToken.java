package dev.blindspot.protocol.onvif;

import dev.blindspot.inventory.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A WS-Security UsernameToken with a PasswordDigest (OASIS WSS UsernameToken Profile 1.0 section 3.1, required by the
 * ONVIF Core spec section 5.12): {@code Base64(SHA-1(nonce + created + password))}, with the raw nonce bytes and the
 * {@code Created} text exactly as sent. The password itself is never sent. {@link #toString} leaves the digest out.
 */
public record WsUsernameToken(String username, String passwordDigest, String nonce, String created) {

    static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String DIGEST_TYPE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    static final String BASE64_TYPE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";

    /** A token created at {@code created} (the device's clock: ours corrected by its offset), with these nonce bytes. */
    public static WsUsernameToken create(String username, Secret password, byte[] nonce, Instant created) {
        String when = created.truncatedTo(ChronoUnit.SECONDS).toString();
        return new WsUsernameToken(username, digest(nonce, when, password.reveal()),
                Base64.getEncoder().encodeToString(nonce), when);
    }

    /** {@code Base64(SHA-1(nonce + created + password))}, the strings as UTF-8. */
    public static String digest(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the JDK", e);
        }
    }

    /** The {@code wsse:Security} header element (mustUnderstand, SOAP 1.2). */
    public String securityHeader() {
        return "<wsse:Security s:mustUnderstand=\"1\" xmlns:wsse=\"" + WSSE_NS + "\" xmlns:wsu=\"" + WSU_NS + "\">"
                + "<wsse:UsernameToken><wsse:Username>" + escape(username) + "</wsse:Username>"
                + "<wsse:Password Type=\"" + DIGEST_TYPE + "\">" + passwordDigest + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"" + BASE64_TYPE + "\">" + nonce + "</wsse:Nonce>"
                + "<wsu:Created>" + created + "</wsu:Created></wsse:UsernameToken></wsse:Security>";
    }

    /** A SOAP 1.2 envelope for {@code op} carrying this token. */
    public byte[] envelope(OnvifOperation op) {
        String plain = new String(OnvifSoap.envelope(op), StandardCharsets.UTF_8);
        return plain.replace("<s:Body>", "<s:Header>" + securityHeader() + "</s:Header><s:Body>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    @Override
    public String toString() {
        return "WsUsernameToken[" + username + ", created=" + created + "]";
    }
}
