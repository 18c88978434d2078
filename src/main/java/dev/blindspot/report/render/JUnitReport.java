package dev.blindspot.report.render;

import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JUnit XML (the Ant/Surefire format CI servers read): one {@code testsuite} per check, one
 * {@code testcase} per check x asset (x port x detail). A failing finding is a {@code failure} (type = severity),
 * an unknown one is {@code skipped} with its reason, a passing one is an empty test case. CI can then fail a
 * pipeline on new camera weaknesses. Text goes through the XML writer (escaped); characters XML 1.0 forbids
 * are dropped.
 */
public final class JUnitReport {

    public String render(Report report) {
        Map<String, List<FindingEntry>> byCheck = new LinkedHashMap<>();
        report.findings().forEach(f -> byCheck.computeIfAbsent(f.checkId(), k -> new java.util.ArrayList<>()).add(f));
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "blindspot");
            counts(xml, report.findings());
            for (Map.Entry<String, List<FindingEntry>> e : byCheck.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", "blindspot." + e.getKey());
                counts(xml, e.getValue());
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("time", "0");
                if (report.scan().startedAt() != null) {
                    xml.writeAttribute("timestamp", report.scan().startedAt());
                }
                for (FindingEntry f : e.getValue()) {
                    testcase(xml, f);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void counts(XMLStreamWriter xml, List<FindingEntry> findings) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(findings.size()));
        xml.writeAttribute("failures", String.valueOf(findings.stream().filter(FindingEntry::open).count()));
        xml.writeAttribute("skipped", String.valueOf(findings.stream()
                .filter(f -> f.status().equals("unknown") || f.suppressed().isPresent()).count()));
    }

    private static void testcase(XMLStreamWriter xml, FindingEntry f) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "blindspot." + f.checkId());
        xml.writeAttribute("name", clean(SarifReport.where(f) + detailOf(f)));
        xml.writeAttribute("time", "0");
        if (f.suppressed().isPresent()) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean("suppressed until " + f.suppressed().get().expires() + ": " + f.suppressed().get().reason()));
            xml.writeEndElement();
            return;
        }
        switch (f.status()) {
            case "fail" -> {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", f.severity().wireName());
                xml.writeAttribute("message", clean(f.title() + ": " + f.evidence()));
                xml.writeCharacters(clean(f.evidence() + "\nFix: " + f.remediation()));
                xml.writeEndElement();
            }
            case "unknown" -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", clean(f.reason().orElse(f.evidence())));
            }
            default -> { }
        }
        xml.writeEndElement();
    }

    /** The finding id keeps two results of one check on one port apart (different users, paths, CVEs). */
    private static String detailOf(FindingEntry f) {
        return " [" + f.id() + "]";
    }

    /** Drops what XML 1.0 cannot carry (C0 controls except tab/newline/CR, U+FFFE/FFFF, lone surrogates). */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
