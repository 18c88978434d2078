package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The lab Shinobi's superuser login as Shinobi's source has it (libs/webServerPaths.js login handler, libs/auth/utils.js
 * superLogin): {@code function=super} selects it, the mail compares case-insensitively, a refusal is
 * {@code {"ok": false}}, a success the superuser page data (language file first, {@code "ok": true} last); the
 * superuser is no dashboard account. Lab 127.70.4.0/24.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShinobiSuperuserTest {

    private static final String HOST = "127.70.4.1";
    private RunningLab lab;

    @BeforeAll
    void start() {
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.SHINOBI).withCredentials("admin@shinobi.video", "admin")),
                LabOptions.defaults().withFirstAddress(HOST));
    }

    @AfterAll
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void superLoginAnswersAsShinobiAndTheDashboardRefusesTheSuperuser() throws Exception {
        int port = lab.device(HOST).orElseThrow().port("http").orElseThrow();
        Wire.Reply dash = Wire.exchange(HOST, port, post("/?json=true", "mail=admin%40shinobi.video&pass=admin"));
        assertThat(dash.text()).contains("\"ok\":false");
        Wire.Reply wrong = Wire.exchange(HOST, port,
                post("/super?json=true", "mail=admin%40shinobi.video&pass=nope&function=super"));
        assertThat(wrong.text()).isEqualTo("{\n   \"ok\": false\n}");
        assertThat(wrong.header("Content-Type")).contains("application/json");
        Wire.Reply right = Wire.exchange(HOST, port,
                post("/super?json=true", "mail=ADMIN%40shinobi.video&pass=admin&function=super"));
        assertThat(right.body().length).isGreaterThan(64 * 1024);
        assertThat(right.text()).startsWith("{\n   \"lang\": {").contains("\"pass\": \"21232f297a57a5a743894a0e4a801fc3\"")
                .endsWith("\"ok\": true\n}\n");
        assertThat(lab.attempts(HOST, LoginProtocol.HTTP_FORM)).containsEntry("admin@shinobi.video",
                new AccountAttempts(1, 2));
    }

    private static String post(String path, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: lab\r\nConnection: close\r\nContent-Type: "
                + "application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }
}
