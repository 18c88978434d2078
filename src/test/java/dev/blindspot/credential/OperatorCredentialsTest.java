package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.inventory.Identity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorCredentialsTest {

    private static final Map<String, String> ENV = Map.of("NVR_PW", "Env-Secret-1");

    private static OperatorCredentials parse(String yaml) {
        return OperatorCredentials.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml",
                n -> Optional.ofNullable(ENV.get(n)));
    }

    private static Identity vendor(String v) {
        return new Identity(Optional.of(v), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    @Test
    void entriesApplyByAddressRangeAndVendorMostSpecificFirst() {
        OperatorCredentials creds = parse("""
                version: 1
                credentials:
                  - {vendor: Axis, username: root, password: "vendor-pw"}
                  - {range: 10.10.20.0/24, username: service, password: "range-pw", protocols: [rtsp]}
                  - {address: 10.10.20.15, username: admin, password_env: NVR_PW}
                """);
        List<DefaultCredential> c = creds.candidatesFor("10.10.20.15", vendor("Axis"), "rtsp");
        assertThat(c).extracting(DefaultCredential::username).containsExactly("admin", "service", "root");
        assertThat(c.getFirst().password().reveal()).isEqualTo("Env-Secret-1");
        assertThat(c).allSatisfy(x -> {
            assertThat(x.origin()).isEqualTo(DefaultCredential.Origin.OPERATOR);
            assertThat(x.observationSource()).isEqualTo("operator");
        });
        assertThat(creds.candidatesFor("10.10.20.15", vendor("Axis"), "http")).extracting(DefaultCredential::username)
                .as("the range entry is RTSP only").containsExactly("admin", "root");
        assertThat(creds.candidatesFor("10.10.21.1", vendor("Hikvision"), "http")).isEmpty();
    }

    @Test
    void operatorCredentialsComeBeforeVendorDefaults() {
        OperatorCredentials creds = parse("credentials:\n  - {address: 192.0.2.1, username: admin, password: \"mine\"}\n");
        List<DefaultCredential> plan = new CandidatePlan(Optional.of(creds), DefaultCredentials.bundled(), false)
                .candidates("192.0.2.1", vendor("Hikvision"), "http");
        assertThat(plan.getFirst().origin()).isEqualTo(DefaultCredential.Origin.OPERATOR);
        assertThat(plan.get(1).observationSource()).isEqualTo("default:Hikvision");
    }

    @Test
    void mistakesAreNamedWithoutShowingAPassword() {
        assertThatThrownBy(() -> parse("""
                credentials:
                  - {address: 10.0.0.0/24, username: admin, password: "Hidden-Value-9"}
                  - {range: 10.0.0.1, username: admin, password: "x"}
                  - {vendor: Axis, username: root, password_env: MISSING_VAR}
                  - {vendor: Axis, address: 10.0.0.1, username: root, password: "x"}
                  - {vendor: Axis, username: root, password: "x", password_env: NVR_PW}
                """)).isInstanceOf(CredentialDataException.class)
                .hasMessageContaining("credentials[0]: 'address' is not one IP address")
                .hasMessageContaining("credentials[1]: 'range' is not a CIDR block")
                .hasMessageContaining("credentials[2]: environment variable MISSING_VAR is not set")
                .hasMessageContaining("credentials[3]: exactly one of 'address', 'range' or 'vendor'")
                .hasMessageContaining("credentials[4]: exactly one of 'password' or 'password_env'")
                .message().doesNotContain("Hidden-Value-9");
        assertThatThrownBy(() -> parse("credentials:\n  - {vendor: Axis, username: root, pasword: \"Typo-Secret\"}\n"))
                .isInstanceOf(CredentialDataException.class).message().doesNotContain("Typo-Secret");
    }

    @Test
    void aWorldReadableFileIsWarnedAbout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("creds.yaml");
        Files.writeString(file, "credentials:\n  - {vendor: Axis, username: root, password: \"x\"}\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(OperatorCredentials.load(file, n -> Optional.empty()).warning()).hasValueSatisfying(w ->
                assertThat(w).contains("readable by every user").contains("chmod 600"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(OperatorCredentials.load(file, n -> Optional.empty()).warning()).isEmpty();
    }

    @Test
    void theDocumentedExampleParses() {
        OperatorCredentials creds = OperatorCredentials.load(Path.of("docs/examples/credentials.yaml"),
                n -> Optional.of("from-env"));
        assertThat(creds.size()).isEqualTo(3);
    }
}
