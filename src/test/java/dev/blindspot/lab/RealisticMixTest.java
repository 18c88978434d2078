package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RealisticMixTest {

    @Test
    void theSameSeedGivesTheSameFleetAndAnotherSeedAnotherOrder() {
        assertThat(Fleets.realistic(300, 42)).isEqualTo(Fleets.realistic(300, 42));
        assertThat(Fleets.realistic(300, 43)).isNotEqualTo(Fleets.realistic(300, 42));
        assertThat(Fleets.realistic(0, 1)).isEmpty();
    }

    @Test
    void sharesFollowTheTableExactly() {
        List<RealisticMix.Row> rows = RealisticMix.rows();
        int total = rows.stream().mapToInt(RealisticMix.Row::weight).sum();
        int n = total * 10;
        List<DeviceSpec> fleet = Fleets.realistic(n, 5);
        assertThat(fleet).hasSize(n);
        // every variant present in its share: count devices equal to the row's template up to the password
        for (RealisticMix.Row row : rows) {
            long count = fleet.stream().filter(d -> sameButPassword(d, row.template())).count();
            assertThat(count).as(row.label()).isGreaterThanOrEqualTo(row.weight() * 10L);
        }
        long fine = fleet.stream().filter(d -> Weakness.of(d).isEmpty() && Exposure.of(d).isEmpty()).count();
        assertThat(fine).as("most devices are fine").isGreaterThan(n / 2);
        Map<Weakness, Long> byWeakness = fleet.stream().flatMap(d -> Weakness.of(d).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        // no realistic-mix kind runs end-of-life hardware (the KEV lab's devices do)
        assertThat(byWeakness.keySet()).containsExactlyInAnyOrder(java.util.EnumSet.complementOf(
                java.util.EnumSet.of(Weakness.FIRMWARE_END_OF_LIFE)).toArray(Weakness[]::new));
        assertThat(fleet).extracting(DeviceSpec::kind).containsAll(Arrays.asList(DeviceKind.values()));
    }

    @Test
    void passwordsAreUniqueSharedOrFactoryAsTheRowSays() {
        List<DeviceSpec> fleet = Fleets.realistic(500, 9);
        List<String> unique = fleet.stream().filter(d -> d.passwordKind() == PasswordKind.UNIQUE)
                .map(DeviceSpec::password).toList();
        assertThat(unique).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).hasSize(14));
        assertThat(fleet.stream().filter(d -> d.passwordKind() == PasswordKind.SHARED).map(DeviceSpec::password)
                .distinct()).hasSize(1);
        assertThat(fleet).filteredOn(d -> d.passwordKind() == PasswordKind.VENDOR_DEFAULT)
                .allSatisfy(d -> assertThat(Weakness.of(d)).contains(Weakness.DEFAULT_CREDENTIALS_ACCEPTED));
    }

    @Test
    void smallFleetsGetTheCommonestVariantsFirst() {
        int[] counts = RealisticMix.allocate(new int[] {50, 30, 20}, 2);
        assertThat(counts).containsExactly(1, 1, 0);
        assertThat(RealisticMix.allocate(new int[] {50, 30, 20}, 10)).containsExactly(5, 3, 2);
        assertThat(RealisticMix.allocate(new int[] {1, 1, 1}, 7)).containsExactly(3, 2, 2);
        assertThat(Arrays.stream(RealisticMix.allocate(new int[] {28, 20, 8, 8, 7, 5, 5, 3, 4, 3, 3, 3, 3}, 997))
                .sum()).isEqualTo(997);
    }

    private static boolean sameButPassword(DeviceSpec d, DeviceSpec template) {
        return d.kind() == template.kind() && d.model().equals(template.model())
                && d.firmware().equals(template.firmware()) && d.rtspAuth() == template.rtspAuth()
                && d.onvifAuthMode() == template.onvifAuthMode() && d.features().equals(template.features())
                && d.services().equals(template.services()) && d.telnet() == template.telnet();
    }
}
