package io.gongwen.pdf;

import io.gongwen.NoteNumbering;
import io.gongwen.NoteNumbering.Format;
import io.gongwen.NoteNumbering.Restart;
import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.NumberedNotes;
import io.gongwen.layout.StandInFonts;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our PDF of documents whose notes are numbered otherwise than 1, 2, 3 against LibreOffice 7.4's
 * rendering of their {@code .docx}: as many pages, and on each page the same numbers at the marks,
 * in the body's reading order, and the same notes starting at its foot. The pages are left as
 * PDFs and pictures (ours: {@code pdftoppm}) in {@code target/numbering-pages/} to be looked at.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class NoteNumberingRenderedTest {
    @Test
    void the_same_numbers_stand_at_the_same_marks_and_the_notes_on_the_same_pages_as_in_libreoffice() throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        Path dir = Files.createDirectories(Path.of("target", "numbering-pages").toAbsolutePath());
        Map<String, OfficialDocument> docs = new LinkedHashMap<>();
        NoteNumbering perPage = new NoteNumbering(Restart.EACH_PAGE, Format.DECIMAL, 1);
        docs.put("each-page", NumberedNotes.oneEach(perPage, NoteNumbering.continuous(), 30));
        docs.put("each-page-across", NumberedNotes.acrossPage(perPage, 3, 9, 12));
        docs.put("circled", NumberedNotes.oneEach(new NoteNumbering(Restart.CONTINUOUS, Format.DECIMAL_ENCLOSED_CIRCLE, 1),
                new NoteNumbering(Restart.CONTINUOUS, Format.DECIMAL_ENCLOSED_CIRCLE, 1), 25));
        docs.put("chinese-from-9", NumberedNotes.oneEach(new NoteNumbering(Restart.CONTINUOUS, Format.CHINESE_COUNTING, 9),
                new NoteNumbering(Restart.CONTINUOUS, Format.CHINESE_COUNTING, 1), 14));
        docs.put("roman", NumberedNotes.oneEach(new NoteNumbering(Restart.CONTINUOUS, Format.LOWER_ROMAN, 1),
                new NoteNumbering(Restart.CONTINUOUS, Format.UPPER_LETTER, 1), 14));
        List<Path> docx = new ArrayList<>();
        for (var e : docs.entrySet()) {
            Path written = dir.resolve(e.getKey() + ".docx");
            e.getValue().writeTo(written);
            docx.add(written);
            Files.write(dir.resolve(e.getKey() + ".pdf"), PdfWriter.toBytes(e.getValue(), fonts));
        }
        List<Path> rendered = LibreOffice.toPdf(soffice, docx, Files.createDirectories(dir.resolve("libreoffice")));

        StringBuilder report = new StringBuilder();
        int i = 0;
        int stale = 0;
        try {
        for (String name : docs.keySet()) {
            List<PdfMeasure.Page> ours = PdfMeasure.read(Files.readAllBytes(dir.resolve(name + ".pdf")), 37 + 225);
            List<PdfMeasure.Page> lo = PdfMeasure.read(Files.readAllBytes(rendered.get(i++)), 37 + 225);
            // LibreOffice gives the endnotes a page of their own at the end; the layout prints them after the text
            boolean endnotes = !name.equals("each-page-across");
            assertThat(ours.size()).as(name).isEqualTo(lo.size() - (endnotes ? 1 : 0));
            report.append(name).append(": ").append(ours.size()).append(" pages (LibreOffice ").append(lo.size())
                    .append(endnotes ? ", its last the endnotes')\n" : ")\n");
            for (int p = 0; p < ours.size(); p++) {
                List<String> marks = marks(ours.get(p));
                List<String> notes = noteNumbers(ours.get(p));
                if (endnotes && p == ours.size() - 1) {
                    // the endnotes printed here, under the text: their numbers are LibreOffice's last page's
                    // (LibreOffice's endnote page has 20 mm margins: their numbers stand 20 mm from the left)
                    List<String> theirs = noteNumbers(lo.get(lo.size() - 1), 20);
                    assertThat(theirs).as("%s: LibreOffice's endnotes", name).isNotEmpty();
                    assertThat(notes.subList(0, theirs.size())).as("%s: the endnotes", name).isEqualTo(theirs);
                    notes = notes.subList(theirs.size(), notes.size());
                }
                List<String> theirMarks = new ArrayList<>(marks(lo.get(p)));
                List<String> theirNotes = new ArrayList<>(noteNumbers(lo.get(p)));
                report.append("  page ").append(p + 1).append(": marks ").append(marks).append(", notes ").append(notes)
                        .append("; LibreOffice ").append(theirMarks).append(", ").append(theirNotes).append('\n');
                // LibreOffice 7.4's defect, numbering again on each page: the first mark of a page after a
                // page of n notes (and sometimes its note at the foot) may print n + 1, the number it would
                // have on the page before, where an earlier pass of its layout had it. Only that is let by.
                String counted = p == 0 ? null : Integer.toString(noteNumbers(lo.get(p - 1)).size() + 1);
                boolean fixed = false;
                if (!marks.isEmpty() && marks.get(0).equals("1") && theirMarks.get(0).equals(counted)) {
                    theirMarks.set(0, "1");
                    fixed = true;
                }
                if (!notes.isEmpty() && notes.get(0).equals("1") && theirNotes.get(0).equals(counted)) {
                    theirNotes.set(0, "1");
                    fixed = true;
                }
                if (fixed) {
                    report.append("    (LibreOffice's first number on the page is ").append(counted)
                            .append(", the page before's count on, not 1)\n");
                    stale++;
                }
                assertThat(marks).as("%s page %d: the marks", name, p + 1).isEqualTo(theirMarks);
                assertThat(notes).as("%s page %d: the notes at its foot", name, p + 1).isEqualTo(theirNotes);
            }
            ExternalTools.run(List.of("pdftoppm", "-r", "60", "-png", dir.resolve(name + ".pdf").toString(),
                    dir.resolve(name).toString()), dir, 120);
        }
        } finally {
            Files.writeString(dir.resolve("pages.txt"), report);
        }
        Files.writeString(dir.resolve("pages.txt"), report);
        System.out.print(report);
        // the defect shows on three pages of the documents numbered again on each page, never elsewhere
        assertThat(stale).isLessThanOrEqualTo(3);
    }

    /**
     * The numbers at the marks of a page's body, in reading order: runs of touching glyphs of the
     * mark's size (9.3 pt, which PDFBox gives as 9) on the body's rows.
     */
    private static List<String> marks(PdfMeasure.Page page) {
        List<String> marks = new ArrayList<>();
        for (PdfMeasure.Line line : page.text()) {
            StringBuilder mark = new StringBuilder();
            double end = Double.NaN;
            for (PdfMeasure.Glyph g : line.glyphs()) {
                boolean small = g.sizePt() > 8.5 && g.sizePt() < 10;
                if (small && (mark.isEmpty() || Math.abs(g.left() - end) < 0.3)) {
                    mark.append(g.text());
                    end = g.right();
                    continue;
                }
                if (!mark.isEmpty()) {
                    marks.add(mark.toString());
                    mark.setLength(0);
                }
                if (small) {
                    mark.append(g.text());
                    end = g.right();
                }
            }
            if (!mark.isEmpty()) {
                marks.add(mark.toString());
            }
        }
        return marks;
    }

    /** The numbers of the notes that start on a page: the raised 7 pt glyphs at the block's left edge, 28 mm in. */
    private static List<String> noteNumbers(PdfMeasure.Page page) {
        return noteNumbers(page, 28);
    }

    /** The numbers of the notes that start on a page whose block's left edge is {@code leftMm} from the paper's. */
    private static List<String> noteNumbers(PdfMeasure.Page page, double leftMm) {
        List<String> numbers = new ArrayList<>();
        for (PdfMeasure.Line line : page.text()) {
            PdfMeasure.Glyph first = line.glyphs().get(0);
            // (PDFBox gives sizes in whole points, cut: 6 for our 6.96 pt, 7 for LibreOffice's 7)
            if (first.sizePt() > 5.5 && first.sizePt() < 8.5 && Math.abs(first.left() - leftMm) < 0.5) {
                numbers.add(line.text().strip());
            }
        }
        return numbers;
    }
}
