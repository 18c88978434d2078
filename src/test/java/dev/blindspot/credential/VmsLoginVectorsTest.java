package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.protocol.http.RawHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Frigate, Shinobi and Blue Iris login answers, the Blue Iris one against a captured sample. */
class VmsLoginVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RawHttpResponse answer(int status, List<Header> headers, String body) {
        return new RawHttpResponse(new HttpReply(status, "", Headers.of(headers), body, Optional.empty(),
                Optional.empty(), Optional.empty()), body.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void frigateAcceptsOnlyWithItsTokenCookie() {
        assertThat(FrigateLogin.classify(answer(200, List.of(new Header("Set-Cookie",
                "frigate_token=eyJ.x; HttpOnly; Path=/; SameSite=lax; Secure")), "{}")))
                .isEqualTo(new LoginResult.Accepted());
        assertThat(FrigateLogin.classify(answer(200, List.of(), "<!doctype html>")))
                .isInstanceOf(LoginResult.Failed.class);
        assertThat(FrigateLogin.classify(answer(401, List.of(), "{\"message\":\"Login failed\"}")))
                .isEqualTo(new LoginResult.Rejected());
        assertThat(FrigateLogin.classify(answer(429, List.of(), "Rate limit exceeded")))
                .isInstanceOf(LoginResult.LockoutSignal.class);
    }

    @Test
    void shinobiReadsItsOkFlag() {
        assertThat(ShinobiLogin.classify(answer(200, List.of(), "{\"ok\":true,\"$user\":{\"mail\":\"a@b.c\"}}")))
                .isEqualTo(new LoginResult.Accepted());
        assertThat(ShinobiLogin.classify(answer(200, List.of(), "{\"ok\":false,\"msg\":\"Not Authorized\"}")))
                .isEqualTo(new LoginResult.Rejected());
        assertThat(ShinobiLogin.classify(answer(200, List.of(), "<html>login</html>")))
                .isInstanceOf(LoginResult.Failed.class);
    }

    @Test
    void shinobiSuperuserPageDataCutBeforeItsOkFlagIsAcceptedOnlyByItsFirstKey() {
        String start = "{\n   \"lang\": {\n      \"Text 0\": \"Text 0\",";
        assertThat(ShinobiLogin.classify(cut(start))).isEqualTo(new LoginResult.Accepted());
        assertThat(ShinobiLogin.classify(cut("{\"$user\":{\"ke\":\"x\""))).isEqualTo(new LoginResult.Accepted());
        assertThat(ShinobiLogin.classify(cut("{\"msg\": \"lang\", \"ok\": fal"))).isInstanceOf(LoginResult.Failed.class);
        assertThat(ShinobiLogin.classify(cut("<html><body>lang"))).isInstanceOf(LoginResult.Failed.class);
        // Shinobi's refusal (prettyPrint of {ok:false}) is short, never cut
        assertThat(ShinobiLogin.classify(answer(200, List.of(), "{\n   \"ok\": false\n}")))
                .isEqualTo(new LoginResult.Rejected());
    }

    private static RawHttpResponse cut(String body) {
        return new RawHttpResponse(new HttpReply(200, "", Headers.of(List.of()), body, Optional.empty(),
                Optional.empty(), Optional.empty()), body.getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void blueIrisAuthExemptIsNoCredentialResult() throws IOException {
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/credentials/blueiris_json_login_step1_challenge_auth_exempt.json")) {
            sample = in.readAllBytes();
        }
        assertThat(BlueIrisLogin.classify(JSON.readTree(sample)))
                .isEqualTo(new LoginResult.Failed(BlueIrisLogin.AUTH_EXEMPT));
        assertThat(BlueIrisLogin.classify(JSON.readTree("{\"result\":\"success\",\"session\":\"ab\",\"data\":"
                + "{\"auth-exempt\":true}}"))).isInstanceOf(LoginResult.Failed.class);
        assertThat(BlueIrisLogin.classify(JSON.readTree("{\"result\":\"success\",\"session\":\"ab\",\"data\":"
                + "{\"auth-exempt\":false,\"admin\":true}}"))).isEqualTo(new LoginResult.Accepted());
        assertThat(BlueIrisLogin.classify(JSON.readTree("{\"result\":\"fail\",\"data\":{\"reason\":\"Invalid login\"}}")))
                .isEqualTo(new LoginResult.Rejected());
    }

    @Test
    void blueIrisResponseIsTheMd5OfUserSessionPassword() {
        // md5("admin:0123456789abcdef0123456789abcdef:password"), computed independently with coreutils md5sum
        assertThat(BlueIrisLogin.md5("admin:0123456789abcdef0123456789abcdef:password"))
                .isEqualTo("a88d96ea43f41fa523f45369d06c19a7");
    }
}
