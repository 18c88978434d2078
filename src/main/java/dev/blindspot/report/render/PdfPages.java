package dev.blindspot.report.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A cursor over A4 pages: writes wrapped lines of text top to bottom and starts a new page when one is full.
 * Uses the standard Helvetica fonts (no font file embedded); characters they cannot show become '?'.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 48;
    private static final PDRectangle SIZE = PDRectangle.A4;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document) {
        this.document = document;
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        write(text, bold, size, 0);
        space(size * 0.2f);
    }

    void text(String text, float size, float indent) throws IOException {
        write(text, regular, size, indent);
    }

    void bold(String text, float size, float indent) throws IOException {
        write(text, bold, size, indent);
    }

    void space(float points) throws IOException {
        ensure(points);
        y -= points;
    }

    private void write(String raw, PDType1Font font, float size, float indent) throws IOException {
        float width = SIZE.getWidth() - 2 * MARGIN - indent;
        for (String line : wrap(printable(raw), font, size, width)) {
            float leading = size * 1.35f;
            ensure(leading);
            y -= leading;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN + indent, y);
            stream.showText(line);
            stream.endText();
        }
    }

    private void ensure(float needed) throws IOException {
        if (stream == null || y - needed < MARGIN) {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        }
    }

    static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** What Helvetica (WinAnsi) can show: printable Latin-1; anything else becomes '?', line breaks become spaces. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF)) {
                out.appendCodePoint(c);
            } else if (c == 0x2013 || c == 0x2014) {
                out.append('-');
            } else if (c == 0x2192) {
                out.append("->");
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
