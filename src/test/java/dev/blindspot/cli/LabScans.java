package dev.blindspot.cli;

import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetException;
import dev.blindspot.scope.TargetParser;
import dev.blindspot.site.SiteLayout;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Test helper: scan a running lab with the real scanner (every probe, identity and check) and score it. */
public final class LabScans {

    private LabScans() {
    }

    /** Scans every device of the lab (the address range first..last) on the lab's ports. */
    public static Report scan(RunningLab lab, ScanProfile profile) throws TargetException {
        List<LabDevice> devices = lab.devices();
        Scope scope = new Scope(TargetParser.withSystemResolver()
                .parse(devices.getFirst().address() + "-" + devices.getLast().address()), List.of());
        ScanSettings settings = new ScanSettings(LabPorts.of(devices), profile, 64, 4, Duration.ofSeconds(3));
        try (DefaultProbeSuite suite = new DefaultProbeSuite(profile, settings.timeout(), Clock.systemUTC())) {
            return new Assessment(settings, suite, Clock.systemUTC()).run(scope, new AtomicBoolean(), ScanListener.NONE);
        }
    }

    /**
     * Scans every device of several labs at once (each lab's address range), grouping hosts into segments by
     * {@code site} for segmentation checks.
     */
    public static Report scan(List<RunningLab> labs, ScanProfile profile, SiteLayout site) throws TargetException {
        List<LabDevice> devices = labs.stream().flatMap(l -> l.devices().stream()).toList();
        List<String> ranges = labs.stream()
                .map(l -> l.devices().getFirst().address() + "-" + l.devices().getLast().address()).toList();
        Scope scope = new Scope(TargetParser.withSystemResolver().parseAll(ranges), List.of());
        ScanSettings settings = new ScanSettings(LabPorts.of(devices), profile, 64, 4, Duration.ofSeconds(3));
        try (DefaultProbeSuite suite = new DefaultProbeSuite(profile, settings.timeout(), Clock.systemUTC())) {
            return new Assessment(settings, suite, Clock.systemUTC(), site).run(scope, new AtomicBoolean(), ScanListener.NONE);
        }
    }

    /** Scans with the default (standard) profile and compares with the lab's answer key. */
    public static LabScore score(RunningLab lab) throws TargetException {
        return LabScore.of(scan(lab, ScanProfile.standard()), lab.answerKey());
    }
}
