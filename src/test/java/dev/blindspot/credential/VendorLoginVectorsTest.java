package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.dvrip.DvripLogin;
import dev.blindspot.protocol.dvrip.SofiaHash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Dahua RPC2_Login and Xiongmai DVRIP: hashes against published values, answers against captured samples. */
class VendorLoginVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = VendorLoginVectorsTest.class.getResourceAsStream("/credentials/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Capture quoted in a public hashcat helper (see test resources SOURCES.md). */
    @Test
    void dahuaDefaultHashMatchesACapturedWebLogin() {
        assertThat(DahuaRpc2Login.hash("admin", "Login to 4H01D66PAJ2FA64", "1753753988", "SecretPassword"))
                .isEqualTo("71596D591679A707721AD797437DE105");
    }

    @Test
    void dahuaStep2AnswersAreClassified() throws IOException {
        assertThat(DahuaRpc2Login.verdict(JSON.readTree("{\"id\":2,\"params\":{\"keepAliveInterval\":60},"
                + "\"result\":true,\"session\":\"be7d\"}"))).isEqualTo(new LoginResult.Accepted());
        assertThat(DahuaRpc2Login.verdict(JSON.readTree("{\"error\":{\"code\":268632085,\"message\":\"Component "
                + "error: User or password not valid!\"},\"id\":2,\"result\":false,\"session\":1}")))
                .isEqualTo(new LoginResult.Rejected());
        assertThat(DahuaRpc2Login.verdict(JSON.readTree("{\"error\":{\"code\":268632085},\"id\":2,\"params\":"
                + "{\"remainLockSecond\":0,\"remainLoginTimes\":1},\"result\":false}")))
                .isInstanceOf(LoginResult.LockoutSignal.class);
        assertThat(DahuaRpc2Login.verdict(JSON.readTree("{\"error\":{\"code\":268632081},\"result\":false}")))
                .isInstanceOf(LoginResult.LockoutSignal.class);
        // the step-1 challenge itself is no verdict on a password
        assertThat(DahuaRpc2Login.verdict(JSON.readTree(resource("RPC2_Login_step1_challenge.json"))))
                .isInstanceOf(LoginResult.Failed.class);
    }

    /**
     * Dahua's OldDigest password field is the 8-character gen1 hash. Published values, none computed here: "admin"
     * 6QNMIQGe (Greenbone gb_dahua_devices_default_credentials.nasl, seen on Dahua OldDigest logins; Metasploit
     * auxiliary/scanner/misc/dahua_dvr_auth_bypass), "888888" 4WzwxXxM and "666666" sh15yfFM (the same Metasploit
     * module, Dahua DVR accounts), "password" mF95aD4o (NetSurveillancePp's SofiaHash test).
     */
    @Test
    void dahuaOldDigestMatchesPublishedGen1Hashes() {
        assertThat(DahuaRpc2Login.encode(oldMode("OldDigest"), "admin", "admin")).contains("6QNMIQGe");
        assertThat(DahuaRpc2Login.encode(oldMode("OldDigest"), "admin", "888888")).contains("4WzwxXxM");
        assertThat(DahuaRpc2Login.encode(oldMode("OldDigest"), "admin", "666666")).contains("sh15yfFM");
        assertThat(DahuaRpc2Login.encode(oldMode("OldDigest"), "admin", "password")).contains("mF95aD4o");
        // Basic: base64("admin:admin") as RFC 4648 writes it
        assertThat(DahuaRpc2Login.encode(oldMode("Basic"), "admin", "admin")).contains("YWRtaW46YWRtaW4=");
        assertThat(DahuaRpc2Login.encode(oldMode("RSA"), "admin", "admin")).isEmpty();
    }

    private static DahuaRpc2Login.Challenge oldMode(String encryption) {
        return new DahuaRpc2Login.Challenge("Login to 0", "", encryption, JSON.getNodeFactory().numberNode(1));
    }

    @Test
    void sofiaHashOfTheBlankPassword() {
        assertThat(SofiaHash.of("")).isEqualTo("tlJwpbo6");
        assertThat(SofiaHash.of("admin")).hasSize(8).matches("[0-9A-Za-z]{8}");
    }

    @Test
    void dvripAnswersAreClassified() throws IOException {
        byte[] sample = resource("dvrip_34567_login_response.json");
        byte[] framed = (new String(sample, StandardCharsets.UTF_8).strip() + "\n\0").getBytes(StandardCharsets.UTF_8);
        assertThat(DvripLogin.verdict(framed)).isEqualTo(new LoginResult.Accepted());
        assertThat(DvripLogin.verdict("{ \"Ret\" : 203, \"SessionID\" : \"0x00000000\" }\n\0".getBytes()))
                .isEqualTo(new LoginResult.Rejected());
        assertThat(DvripLogin.verdict("{ \"Ret\" : 205 }".getBytes())).isInstanceOf(LoginResult.LockoutSignal.class);
        assertThat(DvripLogin.verdict("not json".getBytes())).isInstanceOf(LoginResult.Failed.class);
        assertThat(DvripLogin.verdict("{ \"Ret\" : 607 }".getBytes())).isInstanceOf(LoginResult.Failed.class);
    }

    @Test
    void dvripLoginFrameCarriesTheSofiaHashNeverThePassword() {
        byte[] frame = DvripLogin.loginFrame("admin", new Secret("s3cret"));
        assertThat(frame[0] & 0xff).isEqualTo(0xff);
        assertThat((frame[14] & 0xff) | (frame[15] & 0xff) << 8).isEqualTo(DvripLogin.LOGIN);
        int length = (frame[16] & 0xff) | (frame[17] & 0xff) << 8;
        assertThat(length).isEqualTo(frame.length - 20);
        String payload = new String(frame, 20, length, StandardCharsets.UTF_8);
        assertThat(payload).contains("\"PassWord\":\"" + SofiaHash.of("s3cret") + "\"").doesNotContain("s3cret")
                .endsWith("\n\0");
    }
}
