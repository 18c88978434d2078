package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.testing.AcceptCounter;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void hugeScopeIsRefusedWithExitTwoBeforeAnyConnection() throws Exception {
        try (AcceptCounter counter = AcceptCounter.start("127.0.0.1", 0)) {
            Run r = run("scan", "127.0.0.0/8", "--ports", String.valueOf(counter.port()));
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("16,777,216 addresses").contains("--yes");
            assertThat(counter.awaitAccepted(1, 300)).isZero();
        }
    }

    @Test
    void badTargetsAndOptionsAreUsageErrorsNamingTheValue() {
        Run bad = run("scan", "300.0.0.1/8");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("300.0.0.1/8");
        assertThat(run("scan", "127.0.0.1", "--profile", "reckless").err()).contains("reckless");
        assertThat(run("scan", "127.0.0.1", "--ports", "80,http").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("scan", "127.0.0.1", "--fail-on", "urgent").err()).contains("urgent");
        assertThat(run("scan", "127.0.0.1", "--timeout", "soon").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("scan").code()).isEqualTo(ExitCodes.USAGE);
        Run noIface = run("scan", "127.0.0.1", "--discover-on", "bs-no-such-if0");
        assertThat(noIface.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noIface.err()).contains("no network interface named 'bs-no-such-if0'");
    }

    @Test
    void checksCatalogueInTextAndJson() {
        Run text = run("checks");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("rtsp-unauthenticated-stream").contains("telnet-enabled");
        Run json = run("checks", "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"default-credentials-accepted\"").contains("\"threat\" : \"credentials\"");
    }
}
