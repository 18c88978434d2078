package dev.blindspot.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthChallengeTest {

    private static List<AuthChallenge> fromSample(String resource) throws AuthException {
        List<String> values = SampleHeaders.wwwAuthenticate(resource);
        assertThat(values).as("WWW-Authenticate lines in " + resource).isNotEmpty();
        return AuthChallenge.parseAll(values);
    }

    @Test
    void hikvisionRtspOffersDigestThenBasicWithQuotedStale() throws AuthException {
        List<AuthChallenge> c = fromSample("hikvision_describe_401_digest_basic.txt");
        assertThat(c).hasSize(2);
        assertThat(c.get(0).isScheme("digest")).isTrue();
        assertThat(c.get(0).params()).containsExactly(Map.entry("realm", "IP Camera(E6990)"),
                Map.entry("nonce", "921e0ab66f8f6763ef05ecb06c4c86a0"), Map.entry("stale", "FALSE"));
        assertThat(c.get(0).stale()).isFalse();
        assertThat(c.get(1).scheme()).isEqualTo("Basic");
        assertThat(c.get(1).realm()).contains("IP Camera(E6990)");
    }

    @Test
    void axisUnquotedStale() throws AuthException {
        AuthChallenge c = fromSample("axis_rtsp_describe_401_digest.txt").getFirst();
        assertThat(c.realm()).contains("AXIS_ACCC8E012345");
        assertThat(c.param("nonce")).contains("0000eb57Y1462133062b37999f0cd530f02755fa37b8df1");
        assertThat(c.param("stale")).contains("FALSE");
        assertThat(c.stale()).isFalse();
    }

    @Test
    void rtspDigestWithoutQopFromSeveralVendors() throws AuthException {
        assertThat(fromSample("dahua_options_401_digest.txt").getFirst().params()).containsExactly(
                Map.entry("realm", "Login to 0M0000EPAA0D000"), Map.entry("nonce", "745449738fdf77164f570c37c9186b52"));
        assertThat(fromSample("hanwha_ipolis_describe_401_digest.txt").getFirst().realm()).contains("iPOLiS");
        assertThat(fromSample("reolink_live555_describe_401_digest.txt").getFirst().param("nonce")).contains("yyy");
        assertThat(fromSample("aiphone_ze-pro_describe_401_digest.txt").getFirst().param("nonce"))
                .contains("ODQ4MDguNTM2Mzk6NTQ1OTExMzQz");
    }

    @Test
    void dahuaOnvifWithoutSpacesAfterCommasAndEmptyOpaque() throws AuthException {
        AuthChallenge c = fromSample("auth/http_401_dahua_onvif_device_service.http").getFirst();
        assertThat(c.params()).containsExactly(Map.entry("realm", "Login to 0J00000PAA00000"),
                Map.entry("qop", "auth"), Map.entry("nonce", "b252aWYtZGlnZXN0OjQzMjUzMzYxMzMw"),
                Map.entry("opaque", ""), Map.entry("stale", "false"));
        assertThat(fromSample("auth/http_401_dahua_newfw_hashed_realm_media_service.http").getFirst().realm())
                .contains("Login to 0ccf58c7410332c7caa363406561b351");
    }

    @Test
    void gsoapOffersAuthAndAuthInt() throws AuthException {
        AuthChallenge c = fromSample("auth/http_401_gsoap_IPC_CAM_headers_only.http").getFirst();
        assertThat(c.param("qop")).contains("auth,auth-int");
        assertThat(c.param("opaque")).contains("025f3a12");
    }

    @Test
    void hikvisionNvrQuotedAlgorithmDomainAndColonInNonce() throws AuthException {
        AuthChallenge c = fromSample("auth/http_401_ISAPI_System_status_nvr_DNVRS-Webs.http").getFirst();
        assertThat(c.param("domain")).contains("::");
        assertThat(c.param("algorithm")).contains("MD5");
        assertThat(c.param("nonce")).contains("300b7e88f3d69ebfXXXXXf3e2f04218a:1685XXXXX4756");
        assertThat(DigestAlgorithm.of(c)).contains(DigestAlgorithm.MD5);
    }

    @Test
    void dahuaApiDocAndOldBasicFirmware() throws AuthException {
        AuthChallenge digest = fromSample("auth/http_401_digest_apidoc_example.http").getFirst();
        assertThat(digest.param("stale")).contains("FALSE");
        assertThat(digest.param("qop")).contains("auth");
        AuthChallenge basic = fromSample("auth/http_401_basic_old_fw_Device_CGI_partial.http").getFirst();
        assertThat(basic.isScheme("Basic")).isTrue();
        assertThat(basic.realm()).contains("Device_CGI");
    }

    @Test
    void severalChallengesInOneHeaderWithEscapes() throws AuthException {
        // RFC 7235 section 4.1 example
        List<AuthChallenge> c = AuthChallenge.parse(
                "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\"");
        assertThat(c).extracting(AuthChallenge::scheme).containsExactly("Newauth", "Basic");
        assertThat(c.get(0).param("title")).contains("Login to \"apps\"");
        assertThat(c.get(0).param("type")).contains("1");
        assertThat(c.get(1).realm()).contains("simple");
    }

    @Test
    void schemeWithoutParamsBeforeAnother() throws AuthException {
        List<AuthChallenge> c = AuthChallenge.parse("Bearer, Digest realm=\"r\",nonce=\"n\"");
        assertThat(c).extracting(AuthChallenge::scheme).containsExactly("Bearer", "Digest");
        assertThat(c.get(0).params()).isEmpty();
        assertThat(c.get(1).param("nonce")).contains("n");
    }

    @Test
    void token68() throws AuthException {
        assertThat(AuthChallenge.parse("Negotiate a87421+/000bcd==").getFirst().token68())
                .contains("a87421+/000bcd==");
        AuthChallenge plain = AuthChallenge.parse("Negotiate abc").getFirst();
        assertThat(plain.token68()).contains("abc");
        assertThat(plain.params()).isEmpty();
    }

    @Test
    void toleratesMissingCommaAfterQuotedValueAndOddCase() throws AuthException {
        AuthChallenge c = AuthChallenge.parse("  DIGEST REALM=\"a\"nonce=\"b\" ,, Stale=TRUE  ").getFirst();
        assertThat(c.params()).containsExactly(Map.entry("realm", "a"), Map.entry("nonce", "b"),
                Map.entry("stale", "TRUE"));
        assertThat(c.stale()).isTrue();
        assertThat(c.token68()).isEqualTo(Optional.empty());
    }

    @Test
    void firstDuplicateParamWins() throws AuthException {
        assertThat(AuthChallenge.parse("Digest realm=\"a\", realm=\"b\"").getFirst().realm()).contains("a");
    }

    @Test
    void rejectsOversizedInput() throws AuthException {
        String base = "Digest realm=\"";
        String fits = base + "x".repeat(4096 - base.length() - 1) + "\"";
        assertThat(fits).hasSize(4096);
        assertThat(AuthChallenge.parse(fits).getFirst().realm().orElseThrow()).hasSize(4096 - base.length() - 1);
        assertThatThrownBy(() -> AuthChallenge.parse(fits + " ")).isInstanceOf(AuthException.class)
                .hasMessageContaining("4096");
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> AuthChallenge.parse("Digest realm=\"open")).isInstanceOf(AuthException.class)
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> AuthChallenge.parse("")).isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> AuthChallenge.parse(" , ")).isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> AuthChallenge.parse("=realm")).isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> AuthChallenge.parse("Digest realm=\"a\"; nonce=\"b\""))
                .isInstanceOf(AuthException.class).hasMessageContaining("';'");
        assertThatThrownBy(() -> AuthChallenge.parse("Digest \u0000")).isInstanceOf(AuthException.class)
                .hasMessageContaining("U+0000");
    }
}
