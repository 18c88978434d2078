package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OnvifObservation;
import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.protocol.onvif.WsUsernameToken;
import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * WS-Security UsernameToken PasswordDigest against the published vector, and the ONVIF login module against a loopback
 * device whose clock is two hours ahead and which, like real firmware, refuses tokens created more than five seconds
 * away from its own clock.
 */
class OnvifLoginModuleTest {

    private static final Duration SKEW = Duration.ofHours(2);
    private static final Pattern FIELD = Pattern.compile("<wsse:(Username|Password|Nonce)(?:\\s[^>]*)?>([^<]*)<|<wsu:Created>([^<]*)<");

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger tokens = new AtomicInteger();
    private HttpServer device;

    @BeforeEach
    void start() throws IOException {
        device = HttpServer.create(new InetSocketAddress("127.63.2.1", 0), 8);
        device.createContext("/onvif/device_service", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            Instant deviceNow = Instant.now().plus(SKEW);
            String reply;
            int status;
            if (body.contains("GetSystemDateAndTime")) {
                status = 200;
                reply = dateAndTime(deviceNow);
            } else if (validToken(body, deviceNow)) {
                status = 200;
                reply = envelope("<tds:GetDeviceInformationResponse xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\">"
                        + "<tds:Manufacturer>Test</tds:Manufacturer></tds:GetDeviceInformationResponse>");
            } else {
                status = 400;
                reply = sample("/onvif/fault_NotAuthorized_attempts_left.xml");
            }
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/soap+xml; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        device.start();
    }

    @AfterEach
    void stop() {
        device.stop(0);
        scheduler.shutdownNow();
    }

    /** ONVIF Application Programmer's Guide (WG-APG, section 6.1.1.3) example, also in python-onvif-style clients. */
    @Test
    void passwordDigestMatchesTheOnvifProgrammersGuideExample() {
        byte[] nonce = Base64.getDecoder().decode("LKqI6G/AikKCQrN0zqZFlg==");
        assertThat(WsUsernameToken.digest(nonce, "2010-09-16T07:50:45Z", "userpassword"))
                .isEqualTo("tuOSpGlFlIXsozq4HFNeeGeFLEI=");
        WsUsernameToken token = WsUsernameToken.create("admin", new Secret("userpassword"), nonce,
                Instant.parse("2010-09-16T07:50:45.678Z"));
        assertThat(token.created()).isEqualTo("2010-09-16T07:50:45Z");
        assertThat(token.passwordDigest()).isEqualTo("tuOSpGlFlIXsozq4HFNeeGeFLEI=");
        assertThat(token.nonce()).isEqualTo("LKqI6G/AikKCQrN0zqZFlg==");
        assertThat(token.securityHeader()).doesNotContain("userpassword").contains("#PasswordDigest");
        assertThat(token.toString()).doesNotContain(token.passwordDigest());
    }

    @Test
    void theTokenIsCreatedOnTheDevicesClock() {
        OnvifLoginModule module = module();
        List<LoginTarget> targets = module.targets(host(), firstPass(), Optional.empty());
        assertThat(targets).singleElement().satisfies(t -> {
            long offset = Long.parseLong(t.detail().substring("wsse:".length()));
            assertThat(Duration.ofMillis(offset).minus(SKEW).abs()).isLessThan(Duration.ofSeconds(3));
        });

        assertThat(module.attempt(targets.getFirst(), "admin", new Secret("secret")))
                .isEqualTo(new LoginAttempt(new LoginResult.Accepted(), "onvif-wsse"));
        assertThat(module.attempt(targets.getFirst(), "admin", new Secret("admin")).result())
                .isEqualTo(new LoginResult.Rejected());
        // without the correction the right password is refused: the token is two hours old for the device
        LoginTarget uncorrected = new LoginTarget(host(), port(), false, "/onvif/device_service", "wsse:0");
        assertThat(module.attempt(uncorrected, "admin", new Secret("secret")).result())
                .isEqualTo(new LoginResult.Rejected());
        assertThat(tokens.get()).isEqualTo(3);
    }

    @Test
    void anOpenDeviceInformationIsNoLoginTarget() {
        OnvifReply open = new OnvifReply(200, Optional.empty(), Map.of("Manufacturer", "Test"));
        List<Observation> obs = List.of(new OnvifObservation(host(), port(), "/onvif/device_service",
                "GetDeviceInformation", ProbeOutcome.answered(open)));
        assertThat(module().targets(host(), obs, Optional.empty())).isEmpty();
    }

    @Test
    void aBare401IsOnvifOnlyWhenTheOpenClockReadAnswered() {
        OnvifReply bare401 = new OnvifReply(401, Optional.empty(), Map.of());
        Observation deviceInfo = new OnvifObservation(host(), port(), "/onvif/device_service", "GetDeviceInformation",
                ProbeOutcome.answered(bare401));
        // a web server that challenges every path (the clock read got the same 401): not an ONVIF service
        Observation clock401 = new OnvifObservation(host(), port(), "/onvif/device_service", "GetSystemDateAndTime",
                ProbeOutcome.answered(bare401));
        assertThat(module().targets(host(), List.of(clock401, deviceInfo), Optional.empty())).isEmpty();
        Observation clockOpen = new OnvifObservation(host(), port(), "/onvif/device_service", "GetSystemDateAndTime",
                ProbeOutcome.answered(new OnvifReply(200, Optional.empty(), Map.of("UTCDateTime.Year", "2026"))));
        assertThat(module().targets(host(), List.of(clockOpen, deviceInfo), Optional.empty()))
                .singleElement().satisfies(t -> assertThat(t.detail()).isEqualTo("http-digest"));
    }

    @Test
    void deviceUtcReadsTheUtcClockOnly() {
        Map<String, String> fields = Map.of("UTCDateTime.Year", "2026", "UTCDateTime.Month", "1", "UTCDateTime.Day", "2",
                "UTCDateTime.Hour", "3", "UTCDateTime.Minute", "4", "UTCDateTime.Second", "5", "LocalDateTime.Hour", "9");
        assertThat(OnvifLoginModule.deviceUtc(fields)).contains(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(OnvifLoginModule.deviceUtc(Map.of("LocalDateTime.Hour", "9"))).isEmpty();
        assertThat(OnvifLoginModule.deviceUtc(Map.of("UTCDateTime.Year", "x"))).isEmpty();
    }

    private OnvifLoginModule module() {
        return new OnvifLoginModule(new BoundedHttpClient(scheduler, HttpLimits.defaults()
                .withTotalDeadline(Duration.ofSeconds(3))), Clock.systemUTC(), new SplittableRandom(7));
    }

    private List<Observation> firstPass() {
        OnvifReply fault = new OnvifReply(400, Optional.of("ter:NotAuthorized"), Map.of());
        return List.of(new OnvifObservation(host(), port(), "/onvif/device_service", "GetDeviceInformation",
                ProbeOutcome.answered(fault)));
    }

    private String host() {
        return device.getAddress().getAddress().getHostAddress();
    }

    private int port() {
        return device.getAddress().getPort();
    }

    /** The server side of PasswordDigest, written from the profile, plus the freshness window devices apply. */
    private boolean validToken(String body, Instant deviceNow) {
        Map<String, String> f = new java.util.HashMap<>();
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
            if (m.group(3) != null) {
                f.put("Created", m.group(3));
            } else {
                f.put(m.group(1), m.group(2));
            }
        }
        if (!f.containsKey("Password")) {
            return false;
        }
        tokens.incrementAndGet();
        try {
            byte[] nonce = Base64.getDecoder().decode(f.get("Nonce"));
            java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(f.get("Created").getBytes(StandardCharsets.UTF_8));
            sha1.update("secret".getBytes(StandardCharsets.UTF_8));
            boolean digestOk = Base64.getEncoder().encodeToString(sha1.digest()).equals(f.get("Password"));
            boolean fresh = Duration.between(Instant.parse(f.get("Created")), deviceNow).abs()
                    .compareTo(Duration.ofSeconds(5)) <= 0;
            return "admin".equals(f.get("Username")) && digestOk && fresh;
        } catch (Exception e) {
            return false;
        }
    }

    private static String dateAndTime(Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        return envelope("<tds:GetSystemDateAndTimeResponse xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" "
                + "xmlns:tt=\"http://www.onvif.org/ver10/schema\"><tds:SystemDateAndTime><tt:UTCDateTime><tt:Time>"
                + "<tt:Hour>" + z.getHour() + "</tt:Hour><tt:Minute>" + z.getMinute() + "</tt:Minute><tt:Second>"
                + z.getSecond() + "</tt:Second></tt:Time><tt:Date><tt:Year>" + z.getYear() + "</tt:Year><tt:Month>"
                + z.getMonthValue() + "</tt:Month><tt:Day>" + z.getDayOfMonth() + "</tt:Day></tt:Date></tt:UTCDateTime>"
                + "<tt:LocalDateTime><tt:Time><tt:Hour>1</tt:Hour><tt:Minute>0</tt:Minute><tt:Second>0</tt:Second>"
                + "</tt:Time><tt:Date><tt:Year>2000</tt:Year><tt:Month>1</tt:Month><tt:Day>1</tt:Day></tt:Date>"
                + "</tt:LocalDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>");
    }

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">"
                + "<s:Body>" + body + "</s:Body></s:Envelope>";
    }

    private static String sample(String name) {
        try (InputStream in = OnvifLoginModuleTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
