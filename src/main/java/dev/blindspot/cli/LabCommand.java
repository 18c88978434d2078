package dev.blindspot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Fleets;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.scope.TargetException;
import dev.blindspot.scope.TargetParser;
import dev.blindspot.scope.TargetRange;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blindspot lab}: run simulated devices on loopback until interrupted. */
@Command(name = "lab", description = "Run simulated surveillance devices on loopback addresses until interrupted.")
final class LabCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--devices", paramLabel = "N", description = "how many devices (default: the demo fleet); a realistic mix repeated")
    Integer devices;

    @Option(names = "--range", paramLabel = "CIDR", defaultValue = "127.20.0.0/16",
            description = "loopback range to allocate addresses from, in order (default: ${DEFAULT-VALUE})")
    String range;

    @Option(names = "--key", paramLabel = "FILE", description = "write the answer key (JSON) here")
    Path key;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        List<DeviceSpec> specs = devices == null ? Fleets.demo() : Fleets.repeated(devices);
        String first;
        try {
            TargetRange r = TargetParser.withSystemResolver().parse(range).getFirst();
            if (r.size().compareTo(BigInteger.valueOf(specs.size() + 1L)) < 0) {
                spec.commandLine().getErr().println("blindspot lab: range " + range + " has room for fewer than " + specs.size() + " devices");
                return ExitCodes.USAGE;
            }
            var it = r.iterator();
            String network = it.next().withoutPrefixLength().toInetAddress().getHostAddress();
            // skip the network address of a block (127.20.0.0 -> start at 127.20.0.1)
            first = range.contains("/") ? it.next().withoutPrefixLength().toInetAddress().getHostAddress() : network;
        } catch (TargetException e) {
            spec.commandLine().getErr().println("blindspot lab: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        LabOptions options;
        try {
            options = LabOptions.defaults().withFirstAddress(first);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("blindspot lab: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (RunningLab lab = Lab.start(specs, options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                lab.close();
                stop.countDown();
            }, "blindspot-lab-stop"));
            if (key != null) {
                Files.writeString(key, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(lab.answerKey()));
            }
            List<LabDevice> running = lab.devices();
            out.printf("ready %d devices%n", running.size());
            if (running.size() <= 50) {
                for (LabDevice d : running) {
                    out.printf("  %-12s %-10s %-22s %s%n", d.address(), d.vendor(), d.model(), d.ports());
                }
            }
            out.flush();
            stop.await();
        }
        return ExitCodes.OK;
    }
}
