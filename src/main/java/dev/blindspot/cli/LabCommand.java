package dev.blindspot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.FleetFile;
import dev.blindspot.lab.FleetFileException;
import dev.blindspot.lab.Fleets;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabCapacityException;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.scope.TargetException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blindspot lab}: run simulated devices on loopback until interrupted; {@code lab score} grades a report. */
@Command(name = "lab", description = "Run simulated surveillance devices on loopback addresses until interrupted.",
        subcommands = LabScoreCommand.class)
final class LabCommand implements Callable<Integer> {

    /** Fleets this size and below are listed device by device when ready. */
    private static final int LIST_LIMIT = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--devices", paramLabel = "N",
            description = "how many devices, in a realistic mix (default: the six-device demo fleet)")
    Integer devices;

    @Option(names = "--fleet", paramLabel = "FILE", description = "the fleet, described in YAML (docs/lab-fleet.md), or kev: the built-in KEV lab")
    Path fleet;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of the --devices mix: order and passwords (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--range", paramLabel = "CIDR", defaultValue = "127.20.0.0/16",
            description = "loopback range to allocate addresses from, in order (default: ${DEFAULT-VALUE})")
    String range;

    @Option(names = "--key", paramLabel = "FILE", description = "write the answer key (JSON) here")
    Path key;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        var err = spec.commandLine().getErr();
        List<DeviceSpec> specs;
        LabRange addresses;
        try {
            specs = specs();
            addresses = LabRange.parse(range);
            addresses.requireRoomFor(specs.size());
        } catch (FleetFileException | TargetException | IllegalArgumentException e) {
            err.println("blindspot lab: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        LabOptions options = LabOptions.defaults().withFirstAddress(addresses.first());
        CountDownLatch stop = new CountDownLatch(1);
        long started = System.nanoTime();
        RunningLab running;
        try {
            running = Lab.start(specs, options);
        } catch (LabCapacityException e) {
            err.println("blindspot lab: " + e.getMessage());
            return ExitCodes.SCAN_FAILED;
        }
        try (RunningLab lab = running) {
            long readyMs = (System.nanoTime() - started) / 1_000_000;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                lab.close();
                stop.countDown();
            }, "blindspot-lab-stop"));
            if (key != null) {
                Files.writeString(key, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(lab.answerKey()));
            }
            List<LabDevice> list = lab.devices();
            out.printf("ready %d devices (%d listeners) on %s-%s in %d ms; %s%n", list.size(), lab.listenerCount(),
                    list.getFirst().address(), list.getLast().address(), readyMs,
                    ProcessStats.now(true).describe(list.size()));
            if (list.size() <= LIST_LIMIT) {
                for (LabDevice d : list) {
                    out.printf("  %-12s %-10s %-22s %s%n", d.address(), d.vendor(), d.model(), d.ports());
                }
            }
            out.flush();
            stop.await();
        }
        return ExitCodes.OK;
    }

    private List<DeviceSpec> specs() throws FleetFileException {
        if (fleet != null && devices != null) {
            throw new IllegalArgumentException("--fleet and --devices exclude each other");
        }
        if (fleet != null && fleet.toString().equals("kev") && !java.nio.file.Files.exists(fleet)) {
            return Fleets.kev(); // the built-in KEV lab (issue 6): --fleet kev
        }
        if (fleet != null) {
            return FleetFile.load(fleet).devices();
        }
        if (devices != null) {
            if (devices < 1) {
                throw new IllegalArgumentException("--devices must be at least 1");
            }
            return Fleets.realistic(devices, seed);
        }
        return Fleets.demo();
    }
}
