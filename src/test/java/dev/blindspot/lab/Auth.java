package dev.blindspot.lab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Client-side credentials for tests, written independently of the lab's own verifier. */
final class Auth {

    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

    private Auth() {}

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An Authorization value answering a Digest challenge (qop=auth when offered). */
    static String digest(String challenge, String method, String uri, String user, String password) {
        Map<String, String> p = params(challenge);
        String realm = p.get("realm");
        String nonce = p.get("nonce");
        String ha1 = md5(user + ":" + realm + ":" + password);
        String ha2 = md5(method + ":" + uri);
        boolean qop = p.containsKey("qop");
        String cnonce = "0a4f113b";
        String nc = "00000001";
        String response = qop ? md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
                : md5(ha1 + ":" + nonce + ":" + ha2);
        StringBuilder header = new StringBuilder("Digest username=\"" + user + "\", realm=\"" + realm
                + "\", nonce=\"" + nonce + "\", uri=\"" + uri + "\", response=\"" + response + "\"");
        if (qop) {
            header.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
        }
        if (p.containsKey("opaque")) {
            header.append(", opaque=\"").append(p.get("opaque")).append('"');
        }
        return header.toString();
    }

    static Map<String, String> params(String challenge) {
        Map<String, String> out = new HashMap<>();
        Matcher m = PARAM.matcher(challenge);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    /** A SOAP 1.2 envelope calling {@code operation}, with a WS-Security PasswordDigest token when user != null. */
    static String soap(String operation, String user, String password) {
        String header = "";
        if (user != null) {
            byte[] nonce = "lab-test-nonce-1".getBytes(StandardCharsets.US_ASCII);
            String created = "2024-08-14T10:45:49Z";
            String digest = Base64.getEncoder().encodeToString(sha1(nonce, created, password));
            header = "<s:Header><Security s:mustUnderstand=\"1\" xmlns=\"http://docs.oasis-open.org/wss/2004/01/"
                    + "oasis-200401-wss-wssecurity-secext-1.0.xsd\"><UsernameToken><Username>" + user
                    + "</Username><Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-"
                    + "username-token-profile-1.0#PasswordDigest\">" + digest + "</Password><Nonce EncodingType="
                    + "\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary\">"
                    + Base64.getEncoder().encodeToString(nonce) + "</Nonce><Created xmlns=\"http://docs.oasis-open.org/"
                    + "wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">" + created
                    + "</Created></UsernameToken></Security></s:Header>";
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">"
                + header + "<s:Body xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><" + operation
                + " xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/></s:Body></s:Envelope>";
    }

    static String soapPost(String host, String body, String extraHeaders) {
        return "POST /onvif/device_service HTTP/1.1\r\nHost: " + host + "\r\n"
                + "Content-Type: application/soap+xml; charset=utf-8\r\n" + extraHeaders
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha1(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return sha1.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
