package dev.blindspot.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.inventory.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizerTest {

    private final Authorizer authorizer = new Authorizer(new DigestAuthenticator(() -> "cn"));
    private final Secret pw = new Secret("12345");

    @Test
    void prefersTheStrongestDigestWhateverTheOrder() throws AuthException {
        String md5 = "Digest realm=\"r\", nonce=\"n\", qop=auth, algorithm=MD5";
        String sha = "Digest realm=\"r\", nonce=\"n\", qop=auth, algorithm=SHA-256";
        for (List<String> order : List.of(List.of(md5, sha), List.of(sha, md5))) {
            Authorization a = authorizer.authorize(AuthChallenge.parseAll(order), "DESCRIBE", "rtsp://h/", "admin", pw);
            assertThat(a.scheme()).isEqualTo("Digest");
            assertThat(a.headerValue()).contains("algorithm=SHA-256");
        }
    }

    @Test
    void hikvisionDigestIsChosenOverBasic() throws AuthException {
        List<AuthChallenge> offered =
                AuthChallenge.parseAll(SampleHeaders.wwwAuthenticate("hikvision_describe_401_digest_basic.txt"));
        Authorization a = authorizer.authorize(offered, "DESCRIBE", "rtsp://h/", "admin", pw);
        assertThat(a.scheme()).isEqualTo("Digest");
        assertThat(a.headerValue()).startsWith("Digest ").contains("realm=\"IP Camera(E6990)\"");
        assertThat(a.toString()).doesNotContain("response");
    }

    @Test
    void basicWhenOnlyBasicOrWhenNoDigestIsAnswerable() throws AuthException {
        List<AuthChallenge> basicOnly =
                AuthChallenge.parseAll(SampleHeaders.wwwAuthenticate("auth/http_401_basic_old_fw_Device_CGI_partial.http"));
        assertThat(authorizer.authorize(basicOnly, "GET", "/", "admin", pw))
                .isEqualTo(new Authorization("Basic", "Basic YWRtaW46MTIzNDU="));
        List<AuthChallenge> authIntOnly = AuthChallenge.parse(
                "Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\", Basic realm=\"r\"");
        assertThat(authorizer.authorize(authIntOnly, "GET", "/", "admin", pw).scheme()).isEqualTo("Basic");
    }

    @Test
    void failsWhenNothingIsAnswerable() {
        assertThatThrownBy(() -> authorizer.authorize(AuthChallenge.parse("NTLM, Negotiate"), "GET", "/", "u", pw))
                .isInstanceOf(AuthException.class).hasMessageContaining("NTLM, Negotiate");
        assertThatThrownBy(() -> authorizer.authorize(List.of(), "GET", "/", "u", pw))
                .isInstanceOf(AuthException.class).hasMessageContaining("(none)");
    }
}
