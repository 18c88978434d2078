package dev.blindspot.cli;

import dev.blindspot.lab.AnswerKey;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The nmap half of the benchmark: a fresh lab of the same fleet (so neither tool sees the other's lockouts), nmap
 * over the first devices, and what it found next to the answer key and next to Blindspot on the same devices.
 */
final class NmapComparison {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Optional<Path> nmap;

    /** {@code nmap}: the executable ({@link NmapRun#find()}), empty when it is not installed. */
    NmapComparison(PrintWriter out, PrintWriter err, Optional<Path> nmap) {
        this.out = out;
        this.err = err;
        this.nmap = nmap;
    }

    void run(List<DeviceSpec> specs, LabOptions options, List<LabDevice> subset, AnswerKey key, Report blindspot,
             Duration hostTimeout, Duration limit) throws IOException, InterruptedException {
        if (nmap.isEmpty()) {
            out.println("nmap: not installed (Debian: apt-get install nmap); comparison skipped");
            return;
        }
        Set<Integer> ports = new TreeSet<>();
        subset.forEach(d -> ports.addAll(d.ports().values()));
        List<String> addresses = subset.stream().map(LabDevice::address).toList();
        Path targets = NmapRun.writeTargets(addresses);
        try (RunningLab fresh = Lab.start(specs, options)) {
            List<String> command = NmapRun.command(nmap.get(), ports, targets, hostTimeout);
            String which = subset.size() == specs.size() ? "all " + subset.size() + " devices"
                    : "the first " + subset.size() + " of " + specs.size() + " devices (a subset, to keep the run short)";
            out.printf("%nnmap over %s, on a fresh lab of the same fleet:%n  %s%n", which,
                    String.join(" ", command).replace(targets.toString(), "<" + subset.size() + " lab addresses>"));
            out.flush();
            NmapRun.Result result = NmapRun.run(command, limit);
            summarise(result, subset, key, blindspot);
        } finally {
            Files.deleteIfExists(targets);
        }
    }

    private void summarise(NmapRun.Result result, List<LabDevice> subset, AnswerKey key, Report blindspot) {
        double seconds = result.elapsed().toMillis() / 1000.0;
        if (!result.finished()) {
            err.printf("nmap: stopped after %.0f s (--nmap-limit); results are partial%n", seconds);
        } else if (result.exitCode() != 0) {
            err.printf("nmap: exit code %d: %s%n", result.exitCode(), result.error());
        }
        Map<String, NmapXml.Host> hosts = result.hosts().stream()
                .collect(Collectors.toMap(NmapXml.Host::address, Function.identity(), (a, b) -> a));
        Set<String> addresses = subset.stream().map(LabDevice::address).collect(Collectors.toSet());
        List<AnswerKey.Device> truth = key.devices().stream().filter(d -> addresses.contains(d.address())).toList();
        int timedOut = (int) hosts.values().stream().filter(NmapXml.Host::timedOut).count();
        int named = 0;
        int rightVendor = 0;
        int accountsOn = 0;
        int accountsRight = 0;
        int urlsOn = 0;
        int urlsRight = 0;
        for (AnswerKey.Device d : truth) {
            NmapXml.Host h = hosts.get(d.address());
            if (h == null) {
                continue;
            }
            named += h.named() ? 1 : 0;
            String vendor = d.vendor().toLowerCase(Locale.ROOT);
            rightVendor += h.products().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(vendor)) ? 1 : 0;
            if (!h.defaultAccounts().isEmpty()) {
                accountsOn++;
                accountsRight += d.failing().contains("default-credentials-accepted") ? 1 : 0;
            }
            if (!h.rtspUrls().isEmpty()) {
                urlsOn++;
                urlsRight += d.failing().contains("rtsp-unauthenticated-stream") ? 1 : 0;
            }
        }
        long plantedAccounts = truth.stream().filter(d -> d.failing().contains("default-credentials-accepted")).count();
        long plantedRtsp = truth.stream().filter(d -> d.failing().contains("rtsp-unauthenticated-stream")).count();
        out.printf("nmap: %d devices in %.1f s = %.2f devices/s; %d hosts hit --host-timeout%n", truth.size(), seconds,
                truth.size() / Math.max(seconds, 0.001), timedOut);
        out.printf("  named a product on %d of %d devices (the right vendor on %d)%n", named, truth.size(), rightVendor);
        out.printf("  default accounts: found on %d devices, %d of them right, of %d planted (recall %.2f)%n",
                accountsOn, accountsRight, plantedAccounts, ratio(accountsRight, plantedAccounts));
        out.printf("  open RTSP URLs: found on %d devices, %d of them right, of %d planted (recall %.2f)%n",
                urlsOn, urlsRight, plantedRtsp, ratio(urlsRight, plantedRtsp));
        LabScore same = LabScore.of(blindspot, new AnswerKey(truth));
        LabScore.Counts creds = same.byCheck().getOrDefault("default-credentials-accepted", new LabScore.Counts(0, 0, 0));
        LabScore.Counts rtsp = same.byCheck().getOrDefault("rtsp-unauthenticated-stream", new LabScore.Counts(0, 0, 0));
        out.printf("blindspot on the same %d devices: vendor right on %d; default credentials recall %.2f "
                        + "precision %.2f; open RTSP recall %.2f precision %.2f%n", truth.size(), same.vendorsRight(),
                creds.recall(), creds.precision(), rtsp.recall(), rtsp.precision());
        out.flush();
    }

    private static double ratio(long right, long planted) {
        return planted == 0 ? 1.0 : (double) right / planted;
    }
}
