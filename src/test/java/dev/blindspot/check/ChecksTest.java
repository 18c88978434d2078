package dev.blindspot.check;

import static dev.blindspot.testing.Fixtures.SDP;
import static dev.blindspot.testing.Fixtures.http;
import static dev.blindspot.testing.Fixtures.onvif;
import static dev.blindspot.testing.Fixtures.rtsp;
import static dev.blindspot.testing.Fixtures.rtspTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.DefaultCredentialsAccepted;
import dev.blindspot.check.rules.HttpBasicAuthCleartext;
import dev.blindspot.check.rules.OnvifUnauthenticatedAccess;
import dev.blindspot.check.rules.RtspUnauthenticatedStream;
import dev.blindspot.check.rules.TelnetEnabled;
import dev.blindspot.inventory.BannerObservation;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.inventory.Secret;
import dev.blindspot.scan.ProbeOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each check on hand-built inventories: FAIL where the weakness is, PASS where it is not, UNKNOWN when it cannot tell. */
class ChecksTest {

    private static final String A = "127.0.0.5";

    private static CheckResult only(Check check, Observation... obs) {
        List<CheckResult> r = check.evaluate(Inventory.of(List.of(obs)));
        assertThat(r).hasSize(1);
        return r.getFirst();
    }

    @Nested
    class Rtsp {
        private final Check check = new RtspUnauthenticatedStream();

        @Test
        void openStreamFails() {
            CheckResult r = only(check,
                    rtsp(A, 554, "DESCRIBE", "/blindspot-0a1b2c3d", 404, ""),
                    rtsp(A, 554, "DESCRIBE", "/stream1", 200, SDP, "Content-Type", "application/sdp"));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.confidence()).isEqualTo(Confidence.CONFIRMED);
            assertThat(r.evidence()).contains("rtsp://127.0.0.5:554/stream1");
            assertThat(r.detail()).isEqualTo("/stream1");
        }

        @Test
        void challengePasses() {
            CheckResult r = only(check, rtsp(A, 554, "DESCRIBE", "/blindspot-0a1b2c3d", 401, "",
                    "WWW-Authenticate", "Digest realm=\"IP Camera(E6990)\", nonce=\"1\""));
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void twoHundredToAnyPathWithoutMediaIsUnknownNotFail() {
            CheckResult r = only(check,
                    rtsp(A, 554, "DESCRIBE", "/blindspot-0a1b2c3d", 200, ""),
                    rtsp(A, 554, "DESCRIBE", "/", 200, ""));
            assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
            assertThat(((Verdict.Unknown) r.verdict()).reason()).contains("any path");
        }

        @Test
        void twoHundredToAnyPathWithMediaIsAnOpenStream() {
            CheckResult r = only(check, rtsp(A, 8554, "DESCRIBE", "/blindspot-0a1b2c3d", 200, SDP));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.detail()).isEqualTo("any-path");
        }

        @Test
        void timeoutIsUnknownWithTheReason() {
            CheckResult r = only(check, rtspTimeout(A, 554, "OPTIONS", "/"));
            assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
            assertThat(r.evidence()).contains("timed out");
        }

        @Test
        void noRouteFoundIsUnknown() {
            CheckResult r = only(check, rtsp(A, 554, "DESCRIBE", "/blindspot-1", 404, ""), rtsp(A, 554, "DESCRIBE", "/live", 404, ""));
            assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
        }
    }

    @Nested
    class Onvif {
        private final Check check = new OnvifUnauthenticatedAccess();

        @Test
        void deviceInformationWithoutCredentialsFails() {
            CheckResult r = only(check,
                    onvif(A, 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of("Year", "2026")),
                    onvif(A, 80, "GetDeviceInformation", 200, Optional.empty(), Map.of("Manufacturer", "Acme", "Model", "X1")));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.evidence()).contains("GetDeviceInformation").contains("Manufacturer=Acme");
        }

        @Test
        void notAuthorizedPasses() {
            CheckResult r = only(check,
                    onvif(A, 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of("Year", "2026")),
                    onvif(A, 80, "GetDeviceInformation", 400, Optional.of("ter:NotAuthorized"), Map.of()));
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void httpDigestChallengePasses() {
            CheckResult r = only(check,
                    onvif(A, 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of("Year", "2026")),
                    onvif(A, 80, "GetDeviceInformation", 401, Optional.empty(), Map.of()));
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void ordinaryWebServerIsNotJudged() {
            List<CheckResult> r = check.evaluate(Inventory.of(List.of(
                    onvif(A, 80, "GetSystemDateAndTime", 404, Optional.empty(), Map.of()),
                    onvif(A, 80, "GetDeviceInformation", 200, Optional.empty(), Map.of()))));
            assertThat(r).isEmpty();
        }

        @Test
        void unclearAnswerIsUnknown() {
            CheckResult r = only(check,
                    onvif(A, 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of("Year", "2026")),
                    onvif(A, 80, "GetDeviceInformation", 500, Optional.empty(), Map.of()));
            assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
            assertThat(r.evidence()).contains("HTTP 500");
        }
    }

    @Nested
    class BasicAuth {
        private final Check check = new HttpBasicAuthCleartext();

        @Test
        void basicChallengeOnPlainHttpFails() {
            CheckResult r = only(check, http(A, 80, 401, "WWW-Authenticate", "Basic realm=\"Device_CGI\""));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.evidence()).contains("Device_CGI");
            assertThat(r.confidence()).isEqualTo(Confidence.LIKELY);
        }

        @Test
        void anAcceptedBasicLoginConfirms() {
            var login = new LoginObservation(A, 80, "http-basic", "admin", new Secret("admin"), "default:Dahua",
                    new LoginResult.Accepted());
            List<CheckResult> r = check.evaluate(Inventory.of(List.of(http(A, 80, 200, "Server", "DahuaHttp"), login)));
            assertThat(r).singleElement().satisfies(c -> {
                assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
                assertThat(c.confidence()).isEqualTo(Confidence.CONFIRMED);
            });
        }

        @Test
        void theSnapshotProbesBasicChallengeFailsWithoutAnyLogin() {
            var snap = new dev.blindspot.inventory.VendorApiObservation(A, 80, "snapshot", new ProbeOutcome.Answered<>(
                    new dev.blindspot.inventory.VendorApiReply(401, Map.of("path", "/cgi-bin/snapshot.cgi",
                            "challenge", "basic", "schemes", "basic"))));
            List<CheckResult> r = check.evaluate(Inventory.of(List.of(http(A, 80, 200, "Server", "DahuaHttp"), snap)));
            assertThat(r).singleElement().satisfies(c -> {
                assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
                assertThat(c.confidence()).isEqualTo(Confidence.LIKELY);
                assertThat(c.evidence()).contains("/cgi-bin/snapshot.cgi", "basic");
            });
        }

        @Test
        void aDigestSnapshotChallengePassesAndATlsPortIsNotJudged() {
            var digest = new dev.blindspot.inventory.VendorApiObservation(A, 80, "snapshot.config",
                    new ProbeOutcome.Answered<>(new dev.blindspot.inventory.VendorApiReply(401,
                            Map.of("path", "/ISAPI/System/deviceInfo", "challenge", "digest", "schemes", "digest"))));
            assertThat(check.evaluate(Inventory.of(List.of(http(A, 80, 200, "Server", "App-webs/"), digest))))
                    .singleElement().satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
            var basicOther = new dev.blindspot.inventory.VendorApiObservation(A, 81, "snapshot",
                    new ProbeOutcome.Answered<>(new dev.blindspot.inventory.VendorApiReply(401,
                            Map.of("path", "/x", "challenge", "basic", "schemes", "basic"))));
            // no plain-HTTP GET / on port 81: the snapshot answer alone names no plain-HTTP port
            assertThat(check.evaluate(Inventory.of(List.of(basicOther)))).isEmpty();
        }

        @Test
        void aRejectedBasicLoginStillShowsTheBasicChallenge() {
            var login = new LoginObservation(A, 80, "http-basic", "admin", new Secret("admin"), "default:Dahua",
                    new LoginResult.Rejected());
            List<CheckResult> r = check.evaluate(Inventory.of(List.of(http(A, 80, 200, "Server", "DahuaHttp"), login)));
            assertThat(r).singleElement().satisfies(c -> {
                assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
                assertThat(c.evidence()).contains("asked for HTTP Basic");
                assertThat(c.confidence()).isEqualTo(Confidence.LIKELY);
            });
            var failed = new LoginObservation(A, 80, "http-basic", "admin", new Secret("admin"), "default:Dahua",
                    new LoginResult.Failed("timed out"));
            assertThat(check.evaluate(Inventory.of(List.of(http(A, 80, 200, "Server", "DahuaHttp"), failed)))).isEmpty();
        }

        @Test
        void digestOnlyPasses() {
            CheckResult r = only(check, http(A, 80, 401, "WWW-Authenticate", "Digest realm=\"x\", nonce=\"1\", qop=\"auth\""));
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void noChallengeIsNotJudged() {
            assertThat(new HttpBasicAuthCleartext().evaluate(Inventory.of(List.of(http(A, 80, 200, "Server", "App-webs/"))))).isEmpty();
        }
    }

    @Nested
    class NotSetUp {
        private final Check check = new dev.blindspot.check.rules.DeviceNotSetUp();

        private dev.blindspot.inventory.VendorApiObservation ready(int status, Map<String, String> fields) {
            return new dev.blindspot.inventory.VendorApiObservation(A, 80, "axis.systemready",
                    new ProbeOutcome.Answered<>(new dev.blindspot.inventory.VendorApiReply(status, fields)));
        }

        @Test
        void needsetupYesFailsNoPassesAnythingElseIsNotJudged() {
            CheckResult fail = only(check, ready(200, Map.of("systemready", "no", "needsetup", "yes")));
            assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(fail.evidence()).contains("needsetup: yes", "pwdgrp.cgi");
            assertThat(only(check, ready(200, Map.of("systemready", "yes", "needsetup", "no"))).verdict())
                    .isEqualTo(Verdict.PASS);
            assertThat(check.evaluate(Inventory.of(List.of(ready(401, Map.of()))))).isEmpty();
            assertThat(check.evaluate(Inventory.of(List.of(ready(200, Map.of("systemready", "yes")))))).isEmpty();
        }
    }

    @Nested
    class DefaultCredentials {
        private final Check check = new DefaultCredentialsAccepted();

        private LoginObservation login(String user, String pw, LoginResult result) {
            return new LoginObservation(A, 80, "http-digest", user, new Secret(pw), "default:Hikvision", result);
        }

        @Test
        void acceptedDefaultFailsWithMaskedPassword() {
            CheckResult r = only(check, login("admin", "12345", new LoginResult.Accepted()));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.evidence()).contains("admin:****").doesNotContain("12345");
        }

        @Test
        void allRejectedPasses() {
            CheckResult r = only(check, login("admin", "12345", new LoginResult.Rejected()), login("admin", "admin", new LoginResult.Rejected()));
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.evidence()).contains("2 vendor default");
        }

        @Test
        void lockoutIsUnknown() {
            CheckResult r = only(check, login("admin", "12345", new LoginResult.LockoutSignal("HTTP 403")));
            assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
            assertThat(r.evidence()).contains("lockout");
        }

        @Test
        void operatorSuppliedCredentialsAreNotDefaults() {
            LoginObservation op = new LoginObservation(A, 80, "http-digest", "admin", new Secret("s3cret!"), "operator", new LoginResult.Accepted());
            assertThat(check.evaluate(Inventory.of(List.of(op)))).isEmpty();
        }
    }

    @Nested
    class Telnet {
        private final Check check = new TelnetEnabled();
        private final Identity camera = new Identity(Optional.of("Dahua"), Optional.empty(), Optional.empty(), Optional.of(DeviceClass.CAMERA), List.of());

        @Test
        void openTelnetOnACameraFails() {
            Inventory inv = Inventory.of(List.of(new OpenPort(A, 23, "telnet"),
                    new BannerObservation(A, 23, "telnet", ProbeOutcome.answered("(none) login:"))), Map.of(A, camera));
            List<CheckResult> r = check.evaluate(inv);
            assertThat(r).singleElement().satisfies(c -> {
                assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
                assertThat(c.evidence()).contains("(none) login:");
            });
        }

        @Test
        void closedTelnetPassesOnlyWhenPort23WasProbed() {
            Inventory inv = Inventory.of(List.of(new OpenPort(A, 80, "http")), Map.of(A, camera));
            assertThat(check.evaluate(inv)).isEmpty();
            assertThat(check.evaluate(inv.withProbedPorts(Set.of(23, 80)))).singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
        }

        @Test
        void nonSurveillanceHostsAreNotJudged() {
            Identity printer = new Identity(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(DeviceClass.PRINTER), List.of());
            Inventory inv = Inventory.of(List.of(new OpenPort(A, 23, "telnet")), Map.of(A, printer));
            assertThat(check.evaluate(inv)).isEmpty();
        }
    }
}
