package dev.blindspot.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.inventory.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigestAuthenticatorTest {

    private static final String RFC7616_NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String RFC7616_OPAQUE = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";
    private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    /** The Authorization value has the same auth-param syntax as a challenge, so read it back that way. */
    private static AuthChallenge readBack(String header) throws AuthException {
        AuthChallenge parsed = AuthChallenge.parse(header).getFirst();
        assertThat(parsed.scheme()).isEqualTo("Digest");
        return parsed;
    }

    private static String hex(String jca, String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rfc2617Section35() throws Exception {
        AuthChallenge challenge = AuthChallenge.parse("Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"").getFirst();
        String header = new DigestAuthenticator(() -> "0a4f113b")
                .authorization(challenge, "GET", "/dir/index.html", "Mufasa", new Secret("Circle Of Life"));
        AuthChallenge a = readBack(header);
        assertThat(a.param("response")).contains("6629fae49393a05397450978507c4ef1");
        assertThat(a.param("username")).contains("Mufasa");
        assertThat(a.realm()).contains("testrealm@host.com");
        assertThat(a.param("uri")).contains("/dir/index.html");
        assertThat(a.param("qop")).contains("auth");
        assertThat(a.param("nc")).contains("00000001");
        assertThat(a.param("cnonce")).contains("0a4f113b");
        assertThat(a.param("opaque")).contains("5ccc069c403ebaf9f0171e9517f40e41");
        assertThat(a.param("algorithm")).isEmpty(); // not in the challenge, so not echoed
        assertThat(header).contains("qop=auth, nc=00000001");
    }

    @Test
    void rfc7616Section391Md5AndSha256() throws Exception {
        String common = "realm=\"http-auth@example.org\", qop=\"auth, auth-int\", nonce=\"" + RFC7616_NONCE
                + "\", opaque=\"" + RFC7616_OPAQUE + "\"";
        AuthChallenge sha = AuthChallenge.parse("Digest " + common.replace("qop", "algorithm=SHA-256, qop")).getFirst();
        AuthChallenge md5 = AuthChallenge.parse("Digest " + common.replace("qop", "algorithm=MD5, qop")).getFirst();
        Secret password = new Secret("Circle of Life");

        AuthChallenge a = readBack(new DigestAuthenticator(() -> RFC7616_CNONCE)
                .authorization(sha, "GET", "/dir/index.html", "Mufasa", password));
        assertThat(a.param("response")).contains("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
        assertThat(a.param("algorithm")).contains("SHA-256");
        assertThat(a.param("opaque")).contains(RFC7616_OPAQUE);

        AuthChallenge b = readBack(new DigestAuthenticator(() -> RFC7616_CNONCE)
                .authorization(md5, "GET", "/dir/index.html", "Mufasa", password));
        assertThat(b.param("response")).contains("8ca523f5e9506fed4657c9700eebdbec");
        assertThat(b.param("algorithm")).contains("MD5");
    }

    /**
     * A Dahua camera's RTSP Digest (no qop, RFC 2069 style), as captured and quoted in a public hashcat helper script
     * (code-index file 32571441199, see src/test/resources/credentials/SOURCES.md).
     */
    @Test
    void dahuaRtspCapture() throws Exception {
        AuthChallenge challenge = AuthChallenge.parse("Digest realm=\"Login to 4H01D66PAJ2FA64\", "
                + "nonce=\"ca3a440596cc3a91f9e325547e3a208e\"").getFirst();
        AuthChallenge a = readBack(new DigestAuthenticator(() -> "unused").authorization(challenge, "OPTIONS",
                "rtsp://192.168.1.108:554", "admin", new Secret("SecretPassword")));
        assertThat(a.param("response")).contains("41ebde6e61f0fc2aa0bd0b157c4465de");
        assertThat(a.param("cnonce")).isEmpty();
    }

    @Test
    void noQopIsRfc2069StyleWithoutCnonceOrNc() throws Exception {
        // Dahua RTSP challenge: no qop, no algorithm
        AuthChallenge c = AuthChallenge.parseAll(SampleHeaders.wwwAuthenticate("dahua_options_401_digest.txt")).getFirst();
        String uri = "rtsp://127.0.0.1:554/cam/realmonitor?channel=1&subtype=0";
        String header = new DigestAuthenticator(() -> {
            throw new AssertionError("no cnonce needed without qop");
        }).authorization(c, "DESCRIBE", uri, "admin", new Secret("admin123"));
        AuthChallenge a = readBack(header);
        String ha1 = hex("MD5", "admin:Login to 0M0000EPAA0D000:admin123");
        String ha2 = hex("MD5", "DESCRIBE:" + uri);
        assertThat(a.param("response")).contains(hex("MD5", ha1 + ":745449738fdf77164f570c37c9186b52:" + ha2));
        assertThat(a.params()).doesNotContainKeys("qop", "nc", "cnonce", "opaque", "algorithm");
    }

    @Test
    void md5SessFoldsNonceAndCnonceIntoHa1() throws Exception {
        AuthChallenge c = AuthChallenge.parse("Digest realm=\"r\", nonce=\"N\", qop=\"auth\", algorithm=MD5-sess")
                .getFirst();
        AuthChallenge a = readBack(new DigestAuthenticator(() -> "C").authorization(c, "DESCRIBE", "/x", "u",
                new Secret("p")));
        String ha1 = hex("MD5", hex("MD5", "u:r:p") + ":N:C");
        assertThat(a.param("response")).contains(hex("MD5", ha1 + ":N:00000001:C:auth:" + hex("MD5", "DESCRIBE:/x")));
        assertThat(a.param("algorithm")).contains("MD5-sess");
    }

    @Test
    void sha512256AndUserhash() throws Exception {
        AuthChallenge c = AuthChallenge.parse(
                "Digest realm=\"r\", nonce=\"N\", qop=auth, algorithm=SHA-512-256, userhash=true").getFirst();
        AuthChallenge a = readBack(new DigestAuthenticator(() -> "C").authorization(c, "GET", "/", "u",
                new Secret("p")));
        String h = "SHA-512/256";
        assertThat(a.param("username")).contains(hex(h, "u:r"));
        assertThat(a.param("userhash")).contains("true");
        assertThat(a.param("response"))
                .contains(hex(h, hex(h, "u:r:p") + ":N:00000001:C:auth:" + hex(h, "GET:/")));
    }

    @Test
    void nonceCountGrowsForTheSameNonceAndRestartsForANewOne() throws AuthException {
        DigestAuthenticator auth = new DigestAuthenticator(() -> "c");
        AuthChallenge one = AuthChallenge.parse("Digest realm=\"r\", nonce=\"one\", qop=\"auth\"").getFirst();
        AuthChallenge two = AuthChallenge.parse("Digest realm=\"r\", nonce=\"two\", qop=\"auth\"").getFirst();
        Secret pw = new Secret("p");
        assertThat(readBack(auth.authorization(one, "GET", "/", "u", pw)).param("nc")).contains("00000001");
        assertThat(readBack(auth.authorization(one, "GET", "/", "u", pw)).param("nc")).contains("00000002");
        assertThat(readBack(auth.authorization(two, "GET", "/", "u", pw)).param("nc")).contains("00000001");
    }

    @Test
    void quotesAndEscapesUsername() throws AuthException {
        AuthChallenge c = AuthChallenge.parse("Digest realm=\"r\", nonce=\"n\"").getFirst();
        String header = new DigestAuthenticator(() -> "c").authorization(c, "GET", "/", "a\"b\\c", new Secret("p"));
        assertThat(header).contains("username=\"a\\\"b\\\\c\"");
        assertThat(readBack(header).param("username")).contains("a\"b\\c");
    }

    @Test
    void randomCnoncesAreHexAndDiffer() throws AuthException {
        DigestAuthenticator auth = DigestAuthenticator.withRandom(new SplittableRandom(7));
        AuthChallenge c = AuthChallenge.parse("Digest realm=\"r\", nonce=\"n\", qop=auth").getFirst();
        String first = readBack(auth.authorization(c, "GET", "/", "u", new Secret("p"))).param("cnonce").orElseThrow();
        String second = readBack(auth.authorization(c, "GET", "/", "u", new Secret("p"))).param("cnonce").orElseThrow();
        assertThat(first).matches("[0-9a-f]{32}");
        assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
    }

    @Test
    void refusesWhatItCannotAnswer() throws AuthException {
        DigestAuthenticator auth = new DigestAuthenticator(() -> "c");
        Secret pw = new Secret("p");
        assertThatThrownBy(() -> auth.authorization(AuthChallenge.parse("Basic realm=\"r\"").getFirst(), "GET", "/",
                "u", pw)).isInstanceOf(AuthException.class).hasMessageContaining("not a Digest");
        assertThatThrownBy(() -> auth.authorization(
                AuthChallenge.parse("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\"").getFirst(), "GET", "/", "u",
                pw)).isInstanceOf(AuthException.class).hasMessageContaining("qop");
        assertThatThrownBy(() -> auth.authorization(
                AuthChallenge.parse("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-1").getFirst(), "GET", "/", "u",
                pw)).isInstanceOf(AuthException.class).hasMessageContaining("SHA-1");
        assertThatThrownBy(() -> auth.authorization(AuthChallenge.parse("Digest realm=\"r\"").getFirst(), "GET", "/",
                "u", pw)).isInstanceOf(AuthException.class).hasMessageContaining("nonce");
        assertThatThrownBy(() -> auth.authorization(AuthChallenge.parse("Digest realm=\"r\", nonce=\"n\"").getFirst(),
                "GET", "/", "us\u00e9r", pw)).isInstanceOf(AuthException.class);
    }
}
