package dev.blindspot.report.render;

import dev.blindspot.check.Threat;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.report.checklist.AreaScore;
import dev.blindspot.report.checklist.ChecklistItem;
import dev.blindspot.report.checklist.Suggestion;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The report as a printable PDF for management (Apache PDFBox): score and area scores, what would raise it most,
 * the gaps to close first, failing findings by threat area, the checklist, the assets. Text only: a PDF page shows
 * device strings as glyphs, never as markup.
 */
public final class PdfReport {

    public byte[] render(Report report) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Blindspot assessment");
            info.setCreator(report.tool().name() + " " + report.tool().version());
            try (PdfPages pages = new PdfPages(doc)) {
                write(pages, report);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PdfPages p, Report r) throws IOException {
        p.heading("Blindspot assessment", 20);
        p.text(String.join(", ", r.scan().targets()) + " - profile " + r.scan().profile() + " - "
                + HtmlReport.moment(r.scan().startedAt()) + " - " + r.summary().assets() + " assets"
                + (r.scan().complete() ? "" : " - INCOMPLETE SCAN"), 10, 0);
        p.heading("Score: " + r.checklist().overall().map(s -> s + "/100").orElse("not assessed"), 14);
        for (AreaScore a : r.checklist().areas()) {
            p.text(a.title() + ": " + a.score().map(s -> s + "/100").orElse("not assessed") + "  (pass " + a.pass()
                    + ", fail " + a.fail() + ", unknown " + a.unknown() + ", manual " + a.manual() + ")", 10, 8);
        }
        if (!r.checklist().raiseMost().isEmpty()) {
            p.bold("What would raise the score most", 11, 0);
            for (Suggestion s : r.checklist().raiseMost()) {
                p.text("- " + s.title() + ": " + s.from() + " -> " + s.to(), 10, 8);
            }
        }
        List<FindingEntry> failing = r.findings().stream().filter(FindingEntry::open).toList();
        p.heading("Close these first", 14);
        if (failing.isEmpty()) {
            p.text("No failing finding.", 10, 0);
        }
        int n = 0;
        for (FindingEntry f : failing.subList(0, Math.min(HtmlReport.TOP, failing.size()))) {
            p.bold(++n + ". [" + f.severity().wireName().toUpperCase(Locale.ROOT) + "] " + f.title() + " on " + SarifReport.where(f), 10, 0);
            p.text(f.evidence(), 9, 14);
            p.text("Fix: " + f.remediation(), 9, 14);
            p.space(3);
        }
        for (Threat t : Threat.values()) {
            List<FindingEntry> area = failing.stream().filter(f -> f.threat() == t).toList();
            if (area.isEmpty()) {
                continue;
            }
            p.heading(t.title() + " (" + area.size() + ")", 12);
            for (FindingEntry f : area) {
                p.text("[" + f.severity().wireName() + "] " + f.title() + " - " + SarifReport.where(f) + ": " + f.evidence(), 9, 8);
            }
        }
        if (!r.checklist().items().isEmpty()) {
            p.heading("Checklist", 14);
            for (ChecklistItem i : r.checklist().items()) {
                p.text(i.status().toUpperCase(Locale.ROOT) + "  " + i.title() + " - " + i.basis(), 9, 8);
            }
        }
        p.heading("Assets", 14);
        for (AssetEntry a : r.assets()) {
            p.text(a.address() + "  " + a.vendor().orElse("unknown vendor") + " " + a.model().orElse("") + " "
                    + a.firmware().orElse("") + " (" + a.deviceClass().orElse("unknown class") + ")", 9, 8);
        }
    }
}
