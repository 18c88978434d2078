package dev.blindspot.lab;

import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.site.SiteLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a report compares with the lab's answer key: per check id, true positives (failing where planted),
 * false negatives (planted, not reported failing) and false positives (failing, not planted); and how many
 * devices got the right vendor and device class. Only addresses in the key count; a device missing from the
 * report counts as found nothing. Flat networks are scored per segment (asset = the segment's CIDR), not per device. A key entry
 * with an empty vendor (or class) expects none: naming nothing is right.
 *
 * @param misses       {@code "address checkId"} for each planted weakness not reported failing
 * @param falseAlarms  {@code "address checkId"} for each failing finding not planted
 * @param wrongVendors {@code "address: expected X, reported Y"} for each device whose vendor is wrong or missing
 * @param undetermined {@code "address checkId: reason"} for each planted weakness the report says UNKNOWN about (a
 *                     lockout stopped the credential pass, or the profile forbade it): neither found nor missed, and
 *                     not counted in recall; listed so it is never silent
 */
public record LabScore(Map<String, Counts> byCheck, int vendorsRight, int classesRight, int devices,
                       List<String> misses, List<String> falseAlarms, List<String> wrongVendors,
                       List<String> undetermined) {

    public LabScore(Map<String, Counts> byCheck, int vendorsRight, int classesRight, int devices,
                    List<String> misses, List<String> falseAlarms, List<String> wrongVendors) {
        this(byCheck, vendorsRight, classesRight, devices, misses, falseAlarms, wrongVendors, List.of());
    }

    /** Counts for one check id. */
    public record Counts(int truePositives, int falseNegatives, int falsePositives) {
        public double recall() {
            int planted = truePositives + falseNegatives;
            return planted == 0 ? 1.0 : (double) truePositives / planted;
        }

        public double precision() {
            int reported = truePositives + falsePositives;
            return reported == 0 ? 1.0 : (double) truePositives / reported;
        }
    }

    /** Scores with hosts grouped into segments as the scanner does by default (/24, /64). */
    public static LabScore of(Report report, AnswerKey key) {
        return of(report, key, SiteLayout.byDefault());
    }

    /**
     * Scores a report of a scan run with {@code site} ({@code scan --site}): the flat networks the key plants under
     * that grouping ({@link AnswerKey#flatNetworks(SiteLayout)}) are scored as {@code "<cidr> flat-network"} against
     * failing {@code flat-network} findings, whose asset is the segment's CIDR; only segments holding a key device
     * count.
     */
    public static LabScore of(Report report, AnswerKey key, SiteLayout site) {
        Map<String, Set<String>> reported = new HashMap<>();
        Map<String, String> unknown = new HashMap<>();
        for (FindingEntry f : report.findings()) {
            if (f.failing()) {
                reported.computeIfAbsent(f.asset(), a -> new HashSet<>()).add(f.checkId());
            } else if (f.status().equals("unknown")) {
                unknown.putIfAbsent(f.asset() + " " + f.checkId(), f.evidence());
            }
        }
        List<String> undetermined = new ArrayList<>();
        Map<String, String> vendors = new HashMap<>();
        Map<String, String> classes = new HashMap<>();
        for (AssetEntry a : report.assets()) {
            a.vendor().ifPresent(v -> vendors.put(a.address(), v));
            a.deviceClass().ifPresent(c -> classes.put(a.address(), c));
        }
        Map<String, int[]> counts = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int vendorsRight = 0;
        int classesRight = 0;
        List<String> wrongVendors = new ArrayList<>();
        for (AnswerKey.Device d : key.devices()) {
            Set<String> planted = new TreeSet<>(d.failing());
            Set<String> found = reported.getOrDefault(d.address(), Set.of());
            for (String id : planted) {
                int[] c = counts.computeIfAbsent(id, k -> new int[3]);
                if (found.contains(id)) {
                    c[0]++;
                } else if (unknown.containsKey(d.address() + " " + id)) {
                    undetermined.add(d.address() + " " + id + ": " + unknown.get(d.address() + " " + id));
                } else if (id.equals(AnswerKey.SHARED_PASSWORD)
                        && unknown.containsKey(d.address() + " default-credentials-accepted")) {
                    // a shared password shows only where the device's credentials were tested
                    undetermined.add(d.address() + " " + id + ": credentials not tested: "
                            + unknown.get(d.address() + " default-credentials-accepted"));
                } else {
                    c[1]++;
                    misses.add(d.address() + " " + id);
                }
            }
            for (String id : new TreeSet<>(found)) {
                if (!planted.contains(id)) {
                    counts.computeIfAbsent(id, k -> new int[3])[2]++;
                    falseAlarms.add(d.address() + " " + id);
                }
            }
            if (d.vendor().equals(vendors.getOrDefault(d.address(), ""))) {
                vendorsRight++;
            } else {
                wrongVendors.add(d.address() + ": expected " + (d.vendor().isEmpty() ? "none" : d.vendor()) + ", reported "
                        + vendors.getOrDefault(d.address(), "none"));
            }
            if (d.deviceClass() != null && d.deviceClass().equals(classes.getOrDefault(d.address(), ""))) {
                classesRight++;
            }
        }
        Set<String> segments = key.segments(site);
        Set<String> plantedFlat = new TreeSet<>(key.flatNetworks(site));
        Set<String> reportedFlat = new TreeSet<>();
        for (FindingEntry f : report.findings()) {
            if (f.failing() && f.checkId().equals(AnswerKey.FLAT_NETWORK) && segments.contains(f.asset())) {
                reportedFlat.add(f.asset());
            }
        }
        for (String segment : segments) {
            boolean planted = plantedFlat.contains(segment);
            boolean found = reportedFlat.contains(segment);
            if (planted || found) {
                int[] c = counts.computeIfAbsent(AnswerKey.FLAT_NETWORK, k -> new int[3]);
                c[planted && found ? 0 : planted ? 1 : 2]++;
                if (planted != found) {
                    (planted ? misses : falseAlarms).add(segment + " " + AnswerKey.FLAT_NETWORK);
                }
            }
        }
        Map<String, Counts> byCheck = new TreeMap<>();
        counts.forEach((id, c) -> byCheck.put(id, new Counts(c[0], c[1], c[2])));
        return new LabScore(byCheck, vendorsRight, classesRight, key.devices().size(), misses, falseAlarms,
                wrongVendors, undetermined);
    }

    public Counts total() {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        for (Counts c : byCheck.values()) {
            tp += c.truePositives();
            fn += c.falseNegatives();
            fp += c.falsePositives();
        }
        return new Counts(tp, fn, fp);
    }

    /** A short multi-line table for terminals. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-32s %6s %9s %4s %4s %4s%n", "CHECK", "RECALL", "PRECISION", "TP", "FN", "FP"));
        byCheck.forEach((id, c) -> sb.append(String.format("%-32s %6.2f %9.2f %4d %4d %4d%n", id, c.recall(), c.precision(),
                c.truePositives(), c.falseNegatives(), c.falsePositives())));
        Counts t = total();
        sb.append(String.format("%-32s %6.2f %9.2f %4d %4d %4d%n", "all", t.recall(), t.precision(),
                t.truePositives(), t.falseNegatives(), t.falsePositives()));
        if (!undetermined.isEmpty()) {
            sb.append(String.format("undetermined (UNKNOWN where planted, not in recall): %d%n", undetermined.size()));
            undetermined.stream().limit(20).forEach(u -> sb.append("  ").append(u).append(System.lineSeparator()));
            if (undetermined.size() > 20) {
                sb.append(String.format("  ... and %d more%n", undetermined.size() - 20));
            }
        }
        sb.append(String.format("vendor right on %d of %d devices (%.1f%%)%n", vendorsRight, devices, percent(vendorsRight)));
        sb.append(String.format("device class right on %d of %d devices (%.1f%%)%n", classesRight, devices,
                percent(classesRight)));
        return sb.toString();
    }

    private double percent(int right) {
        return devices == 0 ? 100.0 : 100.0 * right / devices;
    }
}
