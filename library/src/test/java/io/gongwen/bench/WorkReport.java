package io.gongwen.bench;

import io.gongwen.Block;
import io.gongwen.HeadingLevel;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.samples.TownshipOfficeSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's document, as plain data every contestant writes: an official-format work report
 * with a title and N sections, each a level-one heading and three run-in level-three items
 * ("1.办文办会细致严谨。" + about 300 Chinese characters). In the test sources (and so in the
 * test jar) rather than with the benchmarks, so that the layout module's PDF benchmark writes the
 * same document.
 */
public record WorkReport(String title, List<Part> sections) {

    /** One level-one section. */
    public record Part(String heading, List<Item> items) {
    }

    /** One run-in item: the heading (ending in 。) and its text. */
    public record Item(String heading, String text) {
    }

    /** S, M and L: 10, 200 and 2,000 sections. */
    public enum Size {
        S(10), M(200), L(2000), L10(20000);

        public final int sections;

        Size(int sections) {
            this.sections = sections;
        }
    }

    /** How the text repeats, which changes how well it compresses. */
    public enum Flavour {
        /** The same paragraph everywhere: deflate's best case. */
        REPEATED,
        /** Characters drawn by their frequency in the seed summaries: compresses like real prose. */
        VARIED
    }

    private static final String[] ITEM_HEADINGS = {"办文办会细致严谨。", "应急值守责任到位。", "督查联络发挥实效。"};

    public static WorkReport of(Size size, Flavour flavour) {
        Random random = new Random(9704);
        String corpus = corpus();
        String repeated = corpus.substring(0, 300);
        List<Part> parts = new ArrayList<>(size.sections);
        for (int s = 0; s < size.sections; s++) {
            List<Item> items = new ArrayList<>(3);
            for (String heading : ITEM_HEADINGS) {
                items.add(new Item(heading, flavour == Flavour.REPEATED ? repeated : prose(random, corpus, 300)));
            }
            parts.add(new Part("第" + (s + 1) + "项工作扎实推进", items));
        }
        return new WorkReport("县政府办2020年上半年工作总结", parts);
    }

    /** The document as gongwen4j's builder makes it: the title, level-one sections of run-in level-three items. */
    public OfficialDocument document() {
        OfficialDocument.Builder builder = OfficialDocument.builder()
                .title(title)
                .headingLevels(HeadingLevel.ONE, HeadingLevel.THREE);
        for (Part part : sections) {
            builder.section(part.heading(), s -> {
                for (Item item : part.items()) {
                    s.runIn(item.heading(), item.text());
                }
            });
        }
        return builder.build();
    }

    /** The text of the two seed summaries: the source of characters and their frequencies. */
    private static String corpus() {
        StringBuilder out = new StringBuilder();
        for (OfficialDocument doc : List.of(CountyOfficeSummary.build(), TownshipOfficeSummary.build())) {
            collect(doc.body(), out);
        }
        return out.toString();
    }

    private static void collect(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.append(p.text());
            } else if (block instanceof Section s) {
                s.runInText().ifPresent(out::append);
                collect(s.body(), out);
            }
        }
    }

    /** Characters drawn one by one with their corpus frequency: no repeated phrases, prose-like entropy. */
    private static String prose(Random random, String corpus, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length - 1) {
            char c = corpus.charAt(random.nextInt(corpus.length()));
            if (c < 0x80 || (out.length() == 0 && "，。、；：".indexOf(c) >= 0)) {
                continue;
            }
            out.append(c);
        }
        return out.append('。').toString();
    }

    /**
     * Pages at 22 lines of 28 characters: each paragraph takes its characters plus a two-character
     * indent, rounded up to whole lines; an estimate for labels, not a rendering.
     */
    public long pages() {
        long lines = 1;
        for (Part p : sections) {
            lines += (p.heading.length() + 4 + 27) / 28;
            int n = 0;
            for (Item i : p.items) {
                lines += (Integer.toString(++n).length() + 1 + i.heading.length() + i.text.length() + 2 + 27) / 28;
            }
        }
        return (lines + 21) / 22;
    }

    /** Counts for the report: characters of text in the document. */
    public long characters() {
        long n = title.length();
        for (Part p : sections) {
            n += p.heading.length();
            for (Item i : p.items) {
                n += i.heading.length() + i.text.length();
            }
        }
        return n;
    }

}
