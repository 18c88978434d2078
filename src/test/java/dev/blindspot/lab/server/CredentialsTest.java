package dev.blindspot.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    /** RFC 2617 section 3.5 example. */
    private static final String RFC2617 = "Digest username=\"Mufasa\", realm=\"testrealm@host.com\", "
            + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", qop=auth, nc=00000001, "
            + "cnonce=\"0a4f113b\", response=\"6629fae49393a05397450978507c4ef1\", "
            + "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";

    @Test
    void digestVerifiesTheRfcExampleAndNothingElse() {
        Credentials.Digest digest = (Credentials.Digest) Credentials.parse(RFC2617).orElseThrow();

        assertThat(digest.username()).isEqualTo("Mufasa");
        assertThat(digest.verify("GET", "testrealm@host.com", "Circle Of Life")).isTrue();
        assertThat(digest.verify("GET", "testrealm@host.com", "Circle of Life")).isFalse();
        assertThat(digest.verify("POST", "testrealm@host.com", "Circle Of Life")).isFalse();
        assertThat(digest.verify("GET", "other realm", "Circle Of Life")).isFalse();
    }

    @Test
    void digestWithoutQopUsesTheRfc2069Form() {
        String ha1 = Credentials.Digest.md5("admin:IP Camera(AB123):12345");
        String ha2 = Credentials.Digest.md5("DESCRIBE:rtsp://127.0.0.1/Streaming/Channels/101");
        String response = Credentials.Digest.md5(ha1 + ":abc:" + ha2);
        Credentials parsed = Credentials.parse("Digest username=\"admin\", realm=\"IP Camera(AB123)\", nonce=\"abc\", "
                + "uri=\"rtsp://127.0.0.1/Streaming/Channels/101\", response=\"" + response + "\"").orElseThrow();

        assertThat(((Credentials.Digest) parsed).verify("DESCRIBE", "IP Camera(AB123)", "12345")).isTrue();
    }

    @Test
    void basicDecodesAndRejectsGarbage() {
        Credentials basic = Credentials.parse("Basic YWRtaW46YWRtaW4=").orElseThrow();

        assertThat(basic).isEqualTo(new Credentials.Basic("admin", "admin"));
        assertThat(((Credentials.Basic) basic).matches("admin")).isTrue();
        assertThat(basic.toString()).doesNotContain("admin:admin").contains("****");
        assertThat(Credentials.parse("Basic !!!")).isEmpty();
        assertThat(Credentials.parse("Basic bm9jb2xvbg==")).isEmpty();
        assertThat(Credentials.parse("Bearer abc")).isEmpty();
        assertThat(Credentials.parse("Digest realm=\"x\"")).as("no username/response").isEqualTo(Optional.empty());
    }
}
