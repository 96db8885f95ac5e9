package io.gongwen.text.recognition;

import io.gongwen.text.DraftWarning;

import java.util.ArrayList;
import java.util.List;

/**
 * The pictures of a .docx, set aside while the text is recognised, put back among the lines of the
 * parts that keep them: the body first, then the body of each document it issues, then each
 * attachment's content, in the order they stand. The text is recognised without them, so a picture
 * never changes what the text is read as. A picture in no such part (above the body, in the closing
 * lines, in an issued document's title or closing) is left out with a warning that says which. Each picture is looked at once: the parts come in the document's order.
 */
final class PicturePlaces {
    private final List<Line> pictures;
    private final List<DraftWarning> warnings;
    private int next;
    /** Whether no part has taken its pictures yet: those before the first (the body) stand above it. */
    private boolean first = true;

    /**
     * @param pictures the picture lines in paragraph order, each numbered as the paragraph it stood in
     * @param warnings where the warnings of pictures left out, and of pictures kept elsewhere than
     *                 where they stood, go
     */
    PicturePlaces(List<Line> pictures, List<DraftWarning> warnings) {
        this.pictures = pictures;
        this.warnings = warnings;
    }

    /**
     * A part's lines with its pictures put back where they stood: those of the paragraphs after the
     * line numbered {@code after} (the line before the part; a picture in that paragraph, after its
     * text) and before the one numbered {@code before} (the line after the part). Pictures before
     * {@code after} that no earlier part took are left out with a warning.
     *
     * @param part the part's lines, without pictures
     * @param after the number of the line right before the part, or 0
     * @param before the number of the line right after the part, or {@link Integer#MAX_VALUE}
     */
    List<Line> into(List<Line> part, int after, int before) {
        while (next < pictures.size() && pictures.get(next).number() < after) {
            leaveOut(pictures.get(next++), first);
        }
        first = false;
        if (next >= pictures.size() || pictures.get(next).number() >= before) {
            return part;
        }
        List<Line> out = new ArrayList<>(part.size() + 4);
        int at = 0;
        for (; next < pictures.size() && pictures.get(next).number() < before; next++) {
            Line picture = pictures.get(next);
            int n = picture.number();
            // the part's lines up to the picture: those of earlier paragraphs, and the text of its own
            while (at < part.size() && part.get(at).number() <= n) {
                out.add(part.get(at++));
            }
            out.add(picture);
            if (!picture.text().isEmpty()) {
                warnings.add(new DraftWarning(n, picture.text()));
            }
        }
        out.addAll(part.subList(at, part.size()));
        return out;
    }

    /** Leaves out, with a warning each, the pictures no part took. */
    void finish() {
        while (next < pictures.size()) {
            leaveOut(pictures.get(next++), false);
        }
    }

    /**
     * Warns of a picture no part keeps: above the body (the head block, the title, the main recipients:
     * a logo, a scanned 发文机关标志) or in closing lines (a seal, a signature): the writer sets those
     * parts anew as GB/T 9704-2012 lays them out, and they hold no pictures.
     */
    private void leaveOut(Line picture, boolean aboveTheBody) {
        warnings.add(new DraftWarning(picture.number(), aboveTheBody
                ? "a picture above the body (in the head block, the title or the main recipients: a logo, a scanned "
                        + "发文机关标志) is left out: the writer sets these anew as GB/T 9704-2012 §7.2 lays them out, "
                        + "with no pictures; only the pictures of the bodies, the attachments and table cells are kept"
                : "a picture in the closing lines (by the signature, the date or the note: a seal, a signature) is "
                        + "left out: the writer sets them as GB/T 9704-2012 §7.3.5 lays them out, and a seal is given "
                        + "with Seal, not read; only the pictures of the bodies, the attachments and table cells are kept"));
    }
}
