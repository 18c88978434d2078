package dev.blindspot.check;

import static dev.blindspot.testing.Fixtures.onvif;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.OnvifUnauthenticatedAccess;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.scan.ProbeOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** onvif-unauthenticated-access with the operations beyond the device information. */
class OnvifAccessCheckTest {

    private static final String A = "127.64.0.7";
    private static final Optional<String> NOT_AUTHORIZED = Optional.of("ter:NotAuthorized");

    private static CheckResult only(Observation... obs) {
        List<CheckResult> r = new OnvifUnauthenticatedAccess().evaluate(Inventory.of(List.of(obs)));
        assertThat(r).hasSize(1);
        return r.getFirst();
    }

    @Test
    void everyAnsweredOperationIsListedAndTheUserListIsNamed() {
        CheckResult r = only(
                onvif(A, 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of("UTCDateTime.Year", "2024")),
                onvif(A, 80, "GetDeviceInformation", 200, Optional.empty(), Map.of("Manufacturer", "Acme", "Model", "X1")),
                onvif(A, 80, "GetCapabilities", 200, Optional.empty(), Map.of("Media.XAddr", "http://10.0.0.2/onvif/media")),
                onvif(A, 80, "GetUsers", 200, Optional.empty(),
                        Map.of("Users", "admin (Administrator), operator (Operator)", "UserCount", "2", "PasswordsReturned", "true")),
                new OnvifObservation(A, 80, "/onvif/media", "GetProfiles",
                        ProbeOutcome.answered(new OnvifReply(200, Optional.empty(), Map.of("ProfileCount", "2", "ProfileToken", "main")))),
                new OnvifObservation(A, 80, "/onvif/media", "GetStreamUri",
                        ProbeOutcome.answered(new OnvifReply(200, Optional.empty(), Map.of("Uri", "rtsp://10.0.0.2/h264main")))));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(r.detail()).isEqualTo("GetDeviceInformation");
        assertThat(r.evidence()).contains("GetDeviceInformation on /onvif/device_service (Manufacturer=Acme, Model=X1)",
                "GetUsers on /onvif/device_service (user list exposed: admin (Administrator), operator (Operator);"
                        + " the device returned the passwords too (not shown))",
                "GetProfiles on /onvif/media (2 media profile(s))", "GetStreamUri on /onvif/media (stream rtsp://10.0.0.2/h264main)")
                .doesNotContain("GetCapabilities");
    }

    @Test
    void usersOpenWhileDeviceInformationIsProtectedStillFails() {
        CheckResult r = only(
                onvif(A, 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of("UTCDateTime.Year", "2024")),
                onvif(A, 80, "GetDeviceInformation", 400, NOT_AUTHORIZED, Map.of()),
                onvif(A, 80, "GetUsers", 200, Optional.empty(), Map.of("Users", "admin (Administrator)", "UserCount", "1")),
                onvif(A, 80, "GetProfiles", 400, NOT_AUTHORIZED, Map.of()));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.detail()).isEqualTo("GetUsers");
        assertThat(r.evidence()).contains("user list exposed: admin (Administrator)").doesNotContain("GetProfiles");
    }

    @Test
    void everythingRefusedPassesAndAWrongMediaPathIsNotAnUnclearAnswer() {
        CheckResult r = only(
                onvif(A, 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of("UTCDateTime.Year", "2024")),
                onvif(A, 80, "GetDeviceInformation", 401, Optional.empty(), Map.of()),
                onvif(A, 80, "GetCapabilities", 200, Optional.empty(), Map.of("Media.XAddr", "http://h/onvif/services")),
                onvif(A, 80, "GetUsers", 401, Optional.empty(), Map.of()),
                new OnvifObservation(A, 80, "/onvif/services", "GetProfiles",
                        ProbeOutcome.answered(new OnvifReply(404, Optional.empty(), Map.of()))),
                onvif(A, 80, "GetProfiles", 400, NOT_AUTHORIZED, Map.of()));
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.evidence()).contains("GetDeviceInformation", "GetUsers", "GetProfiles");
    }
}
