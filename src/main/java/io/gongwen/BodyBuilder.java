package io.gongwen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the document builder and every section builder share: adding paragraphs and numbered
 * sections. Headings are numbered as they are added: a heading of a level takes the next number of
 * that level in its parent, and restarts the count of every lower level (as 一、 restarts 1.).
 *
 * <p>A section's level is, unless given, the first level of the document's
 * {@linkplain OfficialDocument.Builder#headingLevels heading levels} below the parent's. Not
 * thread-safe.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 */
public abstract class BodyBuilder<B extends BodyBuilder<B>> {
    /** The content of a run-in item that has nothing after its text. */
    private static final Consumer<SectionBuilder> NO_CONTENT = s -> { };

    private final String path;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<HeadingLevel, Integer> counters = new EnumMap<>(HeadingLevel.class);

    BodyBuilder(String path) {
        this.path = path;
    }

    /** The level of the section being built, or empty at the top of the body. */
    abstract Optional<HeadingLevel> parentLevel();

    /** The document's levels, shallowest first. */
    abstract List<HeadingLevel> headingLevels();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Adds a body paragraph. Leading and trailing white space is dropped: the writer indents. */
    public B paragraph(String text) {
        blocks.add(new Paragraph(Checks.text(() -> field("text"), text)));
        return self();
    }

    /** Adds a table (see {@link Table#builder()}). */
    public B table(Table table) {
        blocks.add(Checks.present(() -> field("table"), table));
        return self();
    }

    /** Adds a section whose heading stands on its own line, at the next level down. */
    public B section(String heading, Consumer<SectionBuilder> content) {
        return section(nextLevel(), heading, content);
    }

    /** Adds a section at an explicit level, which must lie below the parent's. */
    public B section(HeadingLevel level, String heading, Consumer<SectionBuilder> content) {
        String text = Checks.heading(() -> field("heading"), heading);
        return add(level, text, Optional.empty(), content);
    }

    /**
     * Adds a section whose heading runs into its text, as in "1.办文办会细致严谨。按照……". The heading
     * must end with 。 (or ：？！).
     */
    public B runIn(String heading, String text) {
        return runIn(nextLevel(), heading, text, NO_CONTENT);
    }

    /** Adds a run-in section at an explicit level. */
    public B runIn(HeadingLevel level, String heading, String text) {
        return runIn(level, heading, text, NO_CONTENT);
    }

    /** Adds a run-in section followed by more content (paragraphs, lower sections). */
    public B runIn(String heading, String text, Consumer<SectionBuilder> content) {
        return runIn(nextLevel(), heading, text, content);
    }

    /** Adds a run-in section at an explicit level, followed by more content. */
    public B runIn(HeadingLevel level, String heading, String text, Consumer<SectionBuilder> content) {
        String head = Checks.runInHeading(() -> field("heading"), heading);
        String body = Checks.text(() -> field("text"), text);
        return add(level, head, Optional.of(body), content);
    }

    private B add(HeadingLevel level, String heading, Optional<String> runInText,
                  Consumer<SectionBuilder> content) {
        Checks.present(() -> field("level"), level);
        Checks.present(() -> field("content"), content);
        Optional<HeadingLevel> parent = parentLevel();
        if (parent.isPresent() && level.compareTo(parent.get()) <= 0) {
            throw new InvalidDocumentException(field("level"), "a level-" + level.number()
                    + " heading cannot sit inside a level-" + parent.get().number() + " section: "
                    + Checks.quote(heading));
        }
        int number = counters.merge(level, 1, Integer::sum);
        if (number > ChineseNumerals.MAX) {
            throw new InvalidDocumentException(field("heading"),
                    "more than " + ChineseNumerals.MAX + " sections at one level");
        }
        counters.keySet().removeIf(lower -> lower.compareTo(level) > 0);
        List<Block> body = List.of();
        if (content != NO_CONTENT) {
            SectionBuilder child = new SectionBuilder(path + "body[" + blocks.size() + "].", level, headingLevels());
            content.accept(child);
            body = child.blocks();
        }
        blocks.add(new Section(level, number, heading, runInText, body));
        return self();
    }

    private HeadingLevel nextLevel() {
        Optional<HeadingLevel> parent = parentLevel();
        for (HeadingLevel level : headingLevels()) {
            if (parent.isEmpty() || level.compareTo(parent.get()) > 0) {
                return level;
            }
        }
        throw new InvalidDocumentException(path + "body[" + blocks.size() + "]",
                "sections nest at most " + headingLevels().size() + " levels deep (the document's heading "
                        + "levels are " + headingLevels() + "); this one would be deeper");
    }

    private String field(String name) {
        return path + "body[" + blocks.size() + "]." + name;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** Builds the content of one section. Not thread-safe. */
    public static final class SectionBuilder extends BodyBuilder<SectionBuilder> {
        private final HeadingLevel level;
        private final List<HeadingLevel> headingLevels;

        SectionBuilder(String path, HeadingLevel level, List<HeadingLevel> headingLevels) {
            super(path);
            this.level = level;
            this.headingLevels = headingLevels;
        }

        @Override
        Optional<HeadingLevel> parentLevel() {
            return Optional.of(level);
        }

        @Override
        List<HeadingLevel> headingLevels() {
            return headingLevels;
        }
    }
}
