package dev.blindspot.report;

import dev.blindspot.check.CheckMetadata;
import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Threat;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.BannerObservation;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Evidence;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.inventory.RtspReply;
import dev.blindspot.inventory.Secret;
import dev.blindspot.scan.ProbeOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A realistic small scan built by hand. Device strings come from /work/shared/samples (see its SOURCES.md):
 * the Server header "DNVRS-Webs" and the 401 body from hikvision/http_401_ISAPI_System_status_nvr_DNVRS-Webs.http,
 * model/firmware from hikvision/deviceInfo_nvr_DS-7608NXI-I2.xml, the RTSP realm from
 * rtsp/hikvision_describe_401_digest_basic.txt.
 */
final class ReportFixtures {

    static final String NVR = "127.20.0.5";
    static final String CAMERA = "127.20.0.10";
    static final String SILENT = "127.20.0.9";
    static final String V6 = "::1";

    private ReportFixtures() {}

    static Report.ToolInfo tool() {
        return new Report.ToolInfo("blindspot", "0.1.0-SNAPSHOT");
    }

    static ScanInfo scan(boolean complete, List<String> notes) {
        return new ScanInfo("2025-01-15T10:00:00Z", "2025-01-15T10:03:12.345Z", List.of("127.20.0.0/24", "::1"),
                List.of("127.20.0.1"), "standard", complete, 257, 257, notes);
    }

    static ScanInfo scan() {
        return scan(true, List.of());
    }

    static Inventory inventory() {
        HttpReply unauthorized = new HttpReply(401, "Unauthorized", Headers.of(List.of(
                new Header("Server", "DNVRS-Webs"),
                new Header("WWW-Authenticate", "Digest realm=\"fe12f37bdXXXXXbccbbd35f1\", qop=\"auth\""))),
                "<userCheck>\n<statusValue>401</statusValue>\n<statusString>Unauthorized</statusString>\n</userCheck>",
                Optional.empty(), Optional.empty(), Optional.empty());
        RtspReply rtsp401 = new RtspReply(401, "Unauthorized", Headers.of(List.of(
                new Header("CSeq", "3"), new Header("WWW-Authenticate", "Basic realm=\"IP Camera(E6990)\""))), "");
        List<Observation> observations = List.of(
                new OpenPort(NVR, 554, "rtsp"),
                new OpenPort(NVR, 80, "http"),
                new OpenPort(NVR, 8000, null),
                new OpenPort(NVR, 80, ""),
                new HttpObservation(NVR, 80, false, "GET", "/ISAPI/System/status", ProbeOutcome.answered(unauthorized)),
                new RtspObservation(NVR, 554, "DESCRIBE", "/Streaming/Channels/101", ProbeOutcome.answered(rtsp401)),
                new LoginObservation(NVR, 80, "http-digest", "admin", new Secret("12345"), "default:Hikvision",
                        new LoginResult.Accepted()),
                new OpenPort(CAMERA, 443, "https"),
                new HttpObservation(CAMERA, 443, true, "GET", "/", new ProbeOutcome.TimedOut<>(Duration.ofSeconds(3))),
                new BannerObservation(SILENT, 21, "ftp", new ProbeOutcome.Refused<>("RST")),
                new OpenPort(V6, 8080, "http"));
        Identity nvr = new Identity(Optional.of("Hikvision"), Optional.of("DS-7608NXI-I2/8P/S"),
                Optional.of("V4.62.210"), Optional.of(DeviceClass.RECORDER), List.of(
                new Evidence("http.server", "DNVRS-Webs"), new Evidence("isapi.model", "DS-7608NXI-I2/8P/S")));
        return Inventory.of(observations, Map.of(NVR, nvr));
    }

    static CheckMetadata meta(String id, Severity severity, Threat threat) {
        return new CheckMetadata(id, "Title of " + id, severity, threat, "Risk of " + id, "Fix " + id,
                List.of("https://example.org/" + id), false, 2);
    }

    static List<CheckOutput> outputs() {
        return List.of(
                new CheckOutput(meta("default-credentials", Severity.CRITICAL, Threat.CREDENTIALS), List.of(
                        CheckResult.fail(NVR, 80, "admin/**** accepted over http-digest", Confidence.CONFIRMED)
                                .withDetail("admin"),
                        CheckResult.unknown(CAMERA, 443, "timed out after 3000 ms"))),
                new CheckOutput(meta("rtsp-unauthenticated", Severity.HIGH, Threat.CREDENTIALS), List.of(
                        CheckResult.pass(NVR, 554, "DESCRIBE /Streaming/Channels/101 answered 401"))),
                new CheckOutput(meta("firmware-outdated", Severity.MEDIUM, Threat.PATCHING), List.of(
                        new CheckResult(NVR, Optional.empty(), Verdict.FAIL, "firmware V4.62.210 (build 230619)",
                                Confidence.LIKELY, ""))),
                new CheckOutput(meta("http-cleartext", Severity.LOW, Threat.EXPOSURE), List.of(
                        CheckResult.fail(V6, 8080, "HTTP without TLS", Confidence.CONFIRMED),
                        CheckResult.fail(NVR, 80, "HTTP without TLS", Confidence.CONFIRMED))));
    }

    static Report report() {
        return new ReportBuilder().build(tool(), scan(), inventory(), outputs());
    }
}
