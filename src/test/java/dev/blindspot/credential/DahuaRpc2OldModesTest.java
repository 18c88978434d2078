package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.protocol.http.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RPC2_Login with the old encryption modes against a loopback stub that expects the PUBLISHED step-2 values (never
 * computed by Blindspot): OldDigest admin/admin is 6QNMIQGe (Greenbone's Dahua default-credentials test), Basic is
 * base64 "admin:admin".
 */
class DahuaRpc2OldModesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final DahuaRpc2Login login = new DahuaRpc2Login(
            new BoundedHttpClient(scheduler, HttpLimits.defaults().withTotalDeadline(Duration.ofSeconds(3))));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** A Dahua that challenges with {@code encryption} and accepts exactly {@code expected} as the password field. */
    private static LoopbackServer dahua(String encryption, String expected) throws Exception {
        return LoopbackServer.start((socket, request) -> {
            JsonNode call = JSON.readTree(request.bodyText());
            JsonNode params = call.path("params");
            String body;
            if (call.path("method").asText().equals("global.logout")) {
                body = "{\"id\":3,\"params\":null,\"result\":true,\"session\":1234}";
            } else if (params.path("password").asText().isEmpty()) {
                body = "{\"error\":{\"code\":268632079,\"message\":\"Component error: login challenge!\"},\"id\":1,"
                        + "\"params\":{\"encryption\":\"" + encryption + "\",\"random\":\"\",\"realm\":"
                        + "\"Login to 3EPAZ6EF4C8FN59\"},\"result\":false,\"session\":1234}";
            } else if (params.path("password").asText().equals(expected) && call.path("session").asLong() == 1234
                    && params.path("authorityType").asText().equals(encryption)) {
                body = "{\"id\":2,\"params\":null,\"result\":true,\"session\":1234}";
            } else {
                body = "{\"error\":{\"code\":268632085,\"message\":\"Component error: User or password not valid!\"},"
                        + "\"id\":2,\"params\":null,\"result\":false,\"session\":1234}";
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + b.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(b);
        });
    }

    @Test
    void oldDigestSendsTheGen1HashAndIsAcceptedOrRejected() throws Exception {
        try (LoopbackServer device = dahua("OldDigest", "6QNMIQGe")) {
            LoginTarget target = new LoginTarget("127.0.0.1", device.port(), false, DahuaRpc2Login.PATH);
            assertThat(login.attempt(target, "admin", new Secret("admin")).result()).isEqualTo(new LoginResult.Accepted());
            assertThat(login.attempt(target, "admin", new Secret("12345")).result()).isEqualTo(new LoginResult.Rejected());
            assertThat(device.requests()).noneMatch(r -> r.bodyText().contains("\"password\":\"admin\""));
        }
    }

    @Test
    void basicSendsBase64OfUserAndPassword() throws Exception {
        try (LoopbackServer device = dahua("Basic", "YWRtaW46YWRtaW4=")) {
            LoginTarget target = new LoginTarget("127.0.0.1", device.port(), false, DahuaRpc2Login.PATH);
            assertThat(login.attempt(target, "admin", new Secret("admin")).result()).isEqualTo(new LoginResult.Accepted());
        }
    }

    @Test
    void anUnknownModeSendsNoCredential() throws Exception {
        try (LoopbackServer device = dahua("RSA2048", "x")) {
            LoginTarget target = new LoginTarget("127.0.0.1", device.port(), false, DahuaRpc2Login.PATH);
            assertThat(login.attempt(target, "admin", new Secret("admin")).result()).isInstanceOf(LoginResult.Failed.class);
            assertThat(device.requests()).hasSize(1);
        }
    }
}
