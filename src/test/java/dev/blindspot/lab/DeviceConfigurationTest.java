package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.protocol.tls.DeviceTls;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/** Per-device settings beyond the kind's defaults: password kinds, services moved or off, HTTPS, features. */
class DeviceConfigurationTest {

    private static final DeviceSpec HIK = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA);

    @Test
    void theOriginalConstructorKeepsTheUsualNewerSettings() {
        DeviceSpec legacy = new DeviceSpec(DeviceKind.HARDENED_CAMERA, "Axis", "M1065-LW", "9.80.1",
                DeviceClass.CAMERA, "root", "pass", HttpAuth.DIGEST, RtspAuth.DIGEST, OnvifAuthMode.STANDARD,
                false, false, 0, 0);
        assertThat(legacy.passwordKind()).isEqualTo(PasswordKind.VENDOR_DEFAULT);
        assertThat(legacy.services()).isEqualTo(Services.USUAL);
        assertThat(legacy.features()).isEqualTo(Features.NONE);
        assertThat(legacy.withPassword("Xy7#kkkLm2!q").passwordKind()).isEqualTo(PasswordKind.UNIQUE);
    }

    @Test
    void withersAndTheBuilderKeepEverySetting() {
        DeviceSpec custom = HIK.toBuilder().firmware("V5.4.0 build 160530").telnet(true).lockout(3, 10)
                .features(Features.NONE.withP2pCloud(true).withDdns(true))
                .services(Services.USUAL.withPort("http", 8080).withOff("hik-sdk")).build()
                .withSharedPassword("Site#Pass2024");
        DeviceSpec changed = custom.withModel("DS-2CD2143G0-I").withRtspAuth(RtspAuth.NONE);
        assertThat(changed.firmware()).isEqualTo("V5.4.0 build 160530");
        assertThat(changed.telnet()).isTrue();
        assertThat(changed.lockoutThreshold()).isEqualTo(3);
        assertThat(changed.features().p2pCloud()).isTrue();
        assertThat(changed.services().port("http", 80)).isEqualTo(8080);
        assertThat(changed.services().runs("hik-sdk")).isFalse();
        assertThat(changed.passwordKind()).isEqualTo(PasswordKind.SHARED);
        // the factory password is VENDOR_DEFAULT whatever the builder said
        assertThat(changed.withSharedPassword("12345").passwordKind()).isEqualTo(PasswordKind.VENDOR_DEFAULT);
        assertThat(Exposure.of(changed)).containsExactly(Exposure.P2P_CLOUD, Exposure.DDNS, Exposure.SHARED_PASSWORD);
    }

    @Test
    void servicesRefuseContradictions() {
        assertThatThrownBy(() -> Services.USUAL.withPort("http", 70000)).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> Services.USUAL.withOff("telnet")).hasMessageContaining("own setting");
        assertThatThrownBy(() -> Services.USUAL.withPort("rtsp", 8554).withOff("rtsp")).hasMessageContaining("both");
        assertThatThrownBy(() -> Services.USUAL.withTls(true, Optional.of("no subject here")))
                .hasMessageContaining("certificate subject");
    }

    @Test
    void weaknessesFollowTheServicesThatRun() {
        DeviceSpec openRtspOff = HIK.withRtspAuth(RtspAuth.NONE).withServices(Services.USUAL.withOff("rtsp"));
        // HIK's V5.2.0 build 140721 is inside CVE-2017-7921's range (confirmed wherever its web server runs) and older
        // than a security release of the release data: also security-update-overdue
        assertThat(Weakness.of(openRtspOff)).containsExactly(Weakness.DEFAULT_CREDENTIALS_ACCEPTED,
                Weakness.VULNERABILITY_CONFIRMED, Weakness.SECURITY_UPDATE_OVERDUE, Weakness.FIRMWARE_KNOWN_VULNERABILITY);
        DeviceSpec noWeb = HIK.withServices(Services.USUAL.withOff("http"));
        assertThat(Weakness.of(noWeb)).isEmpty();
        DeviceSpec httpsOnly = noWeb.withTls("CN=cam");
        assertThat(Weakness.of(httpsOnly)).containsExactly(Weakness.DEFAULT_CREDENTIALS_ACCEPTED,
                Weakness.VULNERABILITY_CONFIRMED, Weakness.SECURITY_UPDATE_OVERDUE, Weakness.FIRMWARE_KNOWN_VULNERABILITY);
        DeviceSpec basicOverTlsOnly = DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA).withTelnet(false)
                .withServices(Services.USUAL.withOff("http").withTls(true, Optional.empty()));
        assertThat(Weakness.of(basicOverTlsOnly)).containsExactly(Weakness.DEFAULT_CREDENTIALS_ACCEPTED,
                Weakness.VULNERABILITY_CONFIRMED, Weakness.FIRMWARE_KNOWN_VULNERABILITY);
    }

    @Test
    void servicesMoveSwitchOffAndGainHttpsWithTheirOwnCertificate() throws Exception {
        DeviceSpec moved = HIK.withTelnet(true).withServices(Services.USUAL.withPort("http", 8080)
                .withPort("telnet", 2323).withOff("rtsp").withTls(true, Optional.of("CN=ds-2cd2532f,O=Hikvision")));
        DeviceSpec defaultCn = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA).withTls("CN=x").withServices(
                Services.USUAL.withTls(true, Optional.empty()).withPort("https", 8443));
        try (RunningLab lab = Lab.start(List.of(moved, defaultCn), TestLabs.options().withFirstAddress("127.31.1.1"))) {
            LabDevice hik = lab.devices().get(0);
            LabDevice axis = lab.devices().get(1);
            assertThat(hik.ports()).containsEntry("http", 8080).containsEntry("telnet", 2323)
                    .containsEntry("onvif", 8080).doesNotContainKey("rtsp");
            assertThat(hik.ports().get("https")).isIn(443, 20443);
            assertThat(axis.ports()).containsEntry("https", 8443);
            // TCP listeners (onvif shares http) plus each camera's WS-Discovery responder on UDP 3702
            assertThat(lab.listenerCount()).isEqualTo(hik.ports().size() - 1 + axis.ports().size() - 1 + 2);
            assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress(hik.address(), 554), 1000))
                    .isInstanceOf(ConnectException.class);

            Wire.Reply plain = Wire.exchange(hik.address(), 8080, "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");
            TlsReply tls = tlsGet(hik.address(), hik.ports().get("https"));
            assertThat(tls.subject()).isEqualTo("CN=ds-2cd2532f,O=Hikvision");
            assertThat(tls.issuer()).isEqualTo(tls.subject());
            assertThat(tls.head()).startsWith("HTTP/1.1 200 OK").contains("Server: Webs");
            assertThat(plain.status()).isEqualTo(200);
            assertThat(plain.header("Server")).contains("Webs");

            assertThat(tlsGet(axis.address(), 8443).subject()).isEqualTo("CN=" + axis.address());
        }
    }

    @Test
    void aPeerThatStallsTheTlsHandshakeIsCutOffAtTheReadDeadline() throws Exception {
        DeviceSpec tls = HIK.withTls("CN=cam");
        try (RunningLab lab = Lab.start(List.of(tls), TestLabs.options().withFirstAddress("127.31.5.1"))) {
            LabDevice device = lab.devices().getFirst();
            try (Socket raw = new Socket()) {
                raw.connect(new InetSocketAddress(device.address(), device.ports().get("https")), 2000);
                raw.setSoTimeout(15_000);
                raw.getOutputStream().write(new byte[] {0x16, 0x03, 0x01}); // the start of a ClientHello, then silence
                long start = System.nanoTime();
                int bytes = 0;
                try {
                    // at most a TLS alert, then the end of the stream
                    while (raw.getInputStream().read() >= 0 && bytes < 64) {
                        bytes++;
                    }
                } catch (java.net.SocketException reset) {
                    // closed with a reset: cut off as well
                }
                long waitedMs = (System.nanoTime() - start) / 1_000_000;
                assertThat(bytes).isLessThan(64);
                assertThat(waitedMs).isBetween(3_000L, 12_000L);
            }
            assertThat(tlsGet(device.address(), device.ports().get("https")).head()).startsWith("HTTP/1.1 200 OK");
        }
    }

    @Test
    void aServiceTheKindDoesNotRunIsNamedWithTheDevice() {
        DeviceSpec wrong = HIK.withServices(Services.USUAL.withOff("dahua-sdk"));
        assertThatThrownBy(() -> Lab.start(List.of(HIK, wrong), TestLabs.options().withFirstAddress("127.31.2.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("device 2 (HIKVISION_CAMERA at 127.31.2.2)")
                .hasMessageContaining("'dahua-sdk'").hasMessageContaining("http, rtsp, hik-sdk");
    }

    @Test
    void theAnswerKeyListsExposuresWithoutFailingThem() {
        // current firmware, so nothing but the exposures is planted
        DeviceSpec p2p = HIK.withModel("DS-2CD2386G2-IU").withFirmware("V5.7.18 build 240826").withPassword("Uniq#Pass123x")
                .withFeatures(Features.NONE.withP2pCloud(true).withUpnp(true));
        try (RunningLab lab = Lab.start(List.of(p2p), TestLabs.options().withFirstAddress("127.31.3.1"))) {
            AnswerKey.Device entry = lab.answerKey().devices().getFirst();
            // current firmware: nothing failing; the exposures are listed, not failed
            assertThat(entry.failing()).isEmpty();
            assertThat(entry.exposures()).containsExactly("upnp-enabled", "p2p-cloud-enabled");
        }
    }

    record TlsReply(String subject, String issuer, String head) {}

    static TlsReply tlsGet(String host, int port) throws Exception {
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(host, port), 2000);
            raw.setSoTimeout(5000);
            SSLSocket tls = (SSLSocket) DeviceTls.trustAll().getSocketFactory().createSocket(raw, host, port, true);
            tls.startHandshake();
            X509Certificate cert = (X509Certificate) tls.getSession().getPeerCertificates()[0];
            tls.getOutputStream().write("GET / HTTP/1.1\r\nHost: cam\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            tls.getOutputStream().flush();
            InputStream in = tls.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && head.size() < 4096) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return new TlsReply(cert.getSubjectX500Principal().getName(), cert.getIssuerX500Principal().getName(),
                    head.toString(StandardCharsets.ISO_8859_1));
        }
    }

}
