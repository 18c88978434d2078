package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.LoginResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoginResponseClassifierTest {

    private static String sample(String name) throws IOException {
        try (InputStream in = LoginResponseClassifierTest.class.getResourceAsStream("/credentials/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void twoHundredAfterCredentialsIsAccepted() {
        assertThat(LoginResponseClassifier.classify(200, "type=IPC-HDW5831R-ZE\r\n", true))
                .isEqualTo(new LoginResult.Accepted());
    }

    @Test
    void fourOhOneWithRealHikvisionBodyIsRejected() throws IOException {
        String http = sample("hikvision_http_401_ISAPI_System_status_nvr_DNVRS-Webs.http");
        String body = http.substring(http.indexOf("\n\n") + 2);

        assertThat(LoginResponseClassifier.classify(401, body, true)).isEqualTo(new LoginResult.Rejected());
        assertThat(LoginResponseClassifier.classify(401, sample("hikvision_http_401_body_document_error_html.txt"), true))
                .isEqualTo(new LoginResult.Rejected());
    }

    @Test
    void hikvisionStatusValue401InsideA200IsRejected() {
        assertThat(LoginResponseClassifier.classify(200,
                "<userCheck><statusValue>401</statusValue><statusString>Unauthorized</statusString></userCheck>", true))
                .isEqualTo(new LoginResult.Rejected());
    }

    @Test
    void onvifFaultWithManyAttemptsLeftIsARejectionButFewLeftIsALockoutSignal() throws IOException {
        String fault = sample("onvif_fault_NotAuthorized_attempts_left.xml");

        assertThat(LoginResponseClassifier.classify(401, fault, true)).isEqualTo(new LoginResult.Rejected());
        assertThat(LoginResponseClassifier.classify(401, fault.replace("have 24 attempt", "have 2 attempt"), true))
                .isEqualTo(new LoginResult.LockoutSignal("device reports 2 login attempt(s) left"));
    }

    @Test
    void hikvisionLockFieldsAreLockoutSignals() {
        assertThat(LoginResponseClassifier.classify(401, FakeCamera.HIK_LOCK_BODY, true))
                .isInstanceOf(LoginResult.LockoutSignal.class);
        assertThat(LoginResponseClassifier.classify(401,
                "<userCheck><lockStatus>unlock</lockStatus><unlockTime>0</unlockTime><retryLoginTime>5</retryLoginTime></userCheck>",
                true)).isEqualTo(new LoginResult.Rejected());
        assertThat(LoginResponseClassifier.classify(401,
                "<userCheck><lockStatus>unlock</lockStatus><retryLoginTime>1</retryLoginTime></userCheck>", true))
                .isInstanceOf(LoginResult.LockoutSignal.class);
    }

    @Test
    void forbiddenTooManyAndLockedTextsAreLockoutSignals() {
        assertThat(LoginResponseClassifier.classify(403, "", true)).isInstanceOf(LoginResult.LockoutSignal.class);
        assertThat(LoginResponseClassifier.classify(403, "", false)).isInstanceOf(LoginResult.LockoutSignal.class);
        assertThat(LoginResponseClassifier.classify(429, "", true)).isInstanceOf(LoginResult.LockoutSignal.class);
        assertThat(LoginResponseClassifier.classify(401, "Error\r\nUser locked\r\n", true))
                .isInstanceOf(LoginResult.LockoutSignal.class);
        assertThat(LoginResponseClassifier.classify(401, "{\"error\":\"userLocked\"}", true))
                .isInstanceOf(LoginResult.LockoutSignal.class);
        assertThat(LoginResponseClassifier.classify(401, "unlocked", true)).isEqualTo(new LoginResult.Rejected());
    }

    @Test
    void withoutCredentialsSentNothingIsAcceptedOrRejected() {
        assertThat(LoginResponseClassifier.classify(200, "<html/>", false)).isInstanceOf(LoginResult.Failed.class);
        assertThat(LoginResponseClassifier.classify(401, "", false)).isInstanceOf(LoginResult.Failed.class);
    }

    @Test
    void otherStatusesAreFailed() {
        assertThat(LoginResponseClassifier.classify(500, "", true)).isInstanceOf(LoginResult.Failed.class);
        assertThat(LoginResponseClassifier.classify(302, "", true)).isInstanceOf(LoginResult.Failed.class);
    }
}
