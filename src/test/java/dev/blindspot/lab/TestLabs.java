package dev.blindspot.lab;

import dev.blindspot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Lab options for tests: a random 127.x.y.1 block per call (so test classes never share addresses), short deadlines. */
final class TestLabs {

    static final Instant T0 = Instant.parse("2024-08-14T10:45:49Z");

    private TestLabs() {}

    static String randomFirstAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + (30 + random.nextInt(200)) + "." + random.nextInt(256) + ".1";
    }

    static LabOptions options(MutableClock clock) {
        return LabOptions.defaults().withFirstAddress(randomFirstAddress()).withClock(clock)
                .withReadDeadline(Duration.ofSeconds(5));
    }

    static LabOptions options() {
        return options(new MutableClock(T0));
    }
}
