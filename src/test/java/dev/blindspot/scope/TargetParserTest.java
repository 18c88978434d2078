package dev.blindspot.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetParserTest {

    private final TargetParser parser = new TargetParser(host -> {
        try {
            Map<String, String> fake = Map.of("cam1.lab", "127.0.0.9");
            return fake.containsKey(host) ? List.of(InetAddress.getByName(fake.get(host))) : List.of();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });

    private Scope scope(String... targets) throws TargetException {
        return new Scope(parser.parseAll(List.of(targets)), List.of());
    }

    @Test
    void singleAddressesCidrsAndRanges() throws Exception {
        assertThat(scope("127.0.0.1").size()).isEqualTo(BigInteger.ONE);
        assertThat(scope("127.0.0.0/24").size()).isEqualTo(BigInteger.valueOf(256));
        assertThat(scope("127.0.0.10-127.0.0.19").size()).isEqualTo(BigInteger.TEN);
        assertThat(scope("::1").addressList(5)).containsExactly("0:0:0:0:0:0:0:1");
        assertThat(scope("fe80::/120").size()).isEqualTo(BigInteger.valueOf(256));
    }

    @Test
    void cidrWithHostBitsMeansTheWholeBlock() throws Exception {
        Scope s = scope("127.0.0.5/30");
        assertThat(s.addressList(10)).containsExactly("127.0.0.4", "127.0.0.5", "127.0.0.6", "127.0.0.7");
    }

    @Test
    void hostnamesResolveThroughTheInjectedResolver() throws Exception {
        assertThat(scope("cam1.lab").addressList(3)).containsExactly("127.0.0.9");
        assertThatThrownBy(() -> parser.parse("nosuch.lab")).isInstanceOf(TargetException.class)
                .hasMessageContaining("cannot resolve host 'nosuch.lab'");
    }

    @Test
    void fileTargetsWithCommentsAndLineNumbersInErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("targets.txt");
        Files.writeString(f, "# lab\n127.0.0.1\n\n127.0.0.8/31 # two\n");
        assertThat(scope("@" + f).addressList(10)).containsExactly("127.0.0.1", "127.0.0.8", "127.0.0.9");
        Files.writeString(f, "127.0.0.1\nnot an address!\n");
        assertThatThrownBy(() -> parser.parse("@" + f)).hasMessageContaining("targets.txt:2");
    }

    @Test
    void rejectsNonsenseWithTheOffendingText() {
        assertThatThrownBy(() -> parser.parse("300.1.1.1/8")).hasMessageContaining("300.1.1.1/8");
        assertThatThrownBy(() -> parser.parse("127.0.0.9-127.0.0.1")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> parser.parse("127.0.0.1-::1")).hasMessageContaining("mixes IPv4 and IPv6");
        assertThatThrownBy(() -> parser.parse("")).hasMessageContaining("empty");
    }

    @Test
    void exclusionsAreHonouredByIterationAndMembership() throws Exception {
        Scope s = new Scope(parser.parseAll(List.of("127.0.0.0/29")), parser.parseAll(List.of("127.0.0.2-127.0.0.5")));
        assertThat(s.addressList(10)).containsExactly("127.0.0.0", "127.0.0.1", "127.0.0.6", "127.0.0.7");
        assertThat(s.contains("127.0.0.3")).isFalse();
        assertThat(s.contains("127.0.0.7")).isTrue();
        assertThat(s.contains("127.0.0.8")).isFalse();
    }

    @Test
    void overlappingTargetsAreProbedOnce() throws Exception {
        assertThat(scope("127.0.0.1", "127.0.0.0/31").addressList(10)).containsExactly("127.0.0.1", "127.0.0.0");
    }

    @Test
    void hugeScopesAreLazyAndCountedBeforeAnyConnection() throws Exception {
        Scope s = scope("10.0.0.0/8");
        assertThat(s.size()).isEqualTo(BigInteger.valueOf(16_777_216));
        assertThat(s.size()).isGreaterThan(Scope.CONFIRMATION_THRESHOLD);
        assertThat(s.addressList(2)).containsExactly("10.0.0.0", "10.0.0.1");
    }
}
