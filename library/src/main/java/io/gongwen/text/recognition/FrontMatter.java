package io.gongwen.text.recognition;

import io.gongwen.Attendance;
import io.gongwen.DocumentFormat;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.Secrecy;
import io.gongwen.Urgency;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head-block fields a plain-text draft cannot say in its text, given in a YAML block between two
 * {@code ---} lines at the very top of the file:
 *
 * <pre>
 * ---
 * 份号: "000001"
 * 密级: 机密★1年
 * 紧急程度: 特急
 * 发文机关: [XX市人民政府, XX市财政局]
 * 标志后缀: 文件
 * 发文字号: XX府发〔2026〕12号
 * 签发人: [张三, 李四]
 * 抄送: [市委办公室, 市人大常委会办公室]
 * 印发机关: XX市人民政府办公室
 * 印发日期: 2026年11月30日
 * ---
 * </pre>
 *
 * Each key has a Chinese name (the standard's) and an English one (the builder method's); see
 * {@link #FIELDS}. The block is read with SnakeYAML Engine under the failsafe schema: every value is
 * text or a list of texts, nothing is guessed (份号 000001 stays "000001", a date is not turned into a
 * timestamp), and the values are then checked by the document's builder. Unknown and repeated keys are
 * errors that name the key and its line, so a typo never silently drops a field.
 */
public final class FrontMatter {
    /** The largest front matter read: a few hundred characters in practice. */
    private static final int LARGEST = 64 * 1024;
    private static final Pattern CHINESE_DATE = Pattern.compile("^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$");
    private static final Pattern ISO_DATE = Pattern.compile("^([0-9]{4})-([0-9]{2})-([0-9]{2})$");

    /**
     * A key of the front matter: its two names and what it does to the builder; null for the keys
     * set in pairs by {@link #apply} (密级 with 保密期限, 印发机关 with 印发日期).
     */
    private record Field(String chinese, String english, Setter setter) {
    }

    @FunctionalInterface
    private interface Setter {
        void set(Values values, OfficialDocument.Builder doc);
    }

    private static final List<Field> FIELDS = List.of(
            new Field("格式", "format", (v, d) -> d.format(v.format())),
            new Field("份号", "copyNumber", (v, d) -> {
                String n = v.one();
                if (n.matches("[0-9]{1,5}")) {
                    d.copyNumber(Integer.parseInt(n));
                } else {
                    d.copyNumber(n);
                }
            }),
            new Field("密级", "secrecy", null),
            new Field("保密期限", "secrecyPeriod", null),
            new Field("紧急程度", "urgency", (v, d) -> d.urgency(v.urgency())),
            new Field("发文机关", "issuers", (v, d) -> d.issuers(v.list())),
            new Field("标志后缀", "markSuffix", (v, d) -> d.markSuffix(v.one())),
            new Field("套红信纸", "preprintedLetterhead", (v, d) -> {
                if (v.yes()) {
                    d.preprintedLetterhead();
                }
            }),
            new Field("发文字号", "documentNumber", (v, d) -> d.documentNumber(v.one())),
            new Field("签发人", "signers", (v, d) -> d.signers(v.list())),
            new Field("令号", "orderNumber", (v, d) -> d.orderNumber(v.positive())),
            new Field("纪要编号", "minutesNumber", (v, d) -> d.minutesNumber(v.one())),
            new Field("出席", "present", (v, d) -> d.attendance(Attendance.Kind.PRESENT, v.list())),
            new Field("请假", "absent", (v, d) -> d.attendance(Attendance.Kind.ABSENT, v.list())),
            new Field("列席", "inAttendance", (v, d) -> d.attendance(Attendance.Kind.IN_ATTENDANCE, v.list())),
            new Field("成文日期", "date", (v, d) -> d.date(v.date())),
            new Field("抄送", "copyTo", (v, d) -> d.copyTo(v.recipients())),
            new Field("印发机关", "printedBy", null),
            new Field("印发日期", "printDate", null));

    private static final Map<String, Field> BY_NAME = new HashMap<>();

    static {
        for (Field f : FIELDS) {
            BY_NAME.put(f.chinese, f);
            BY_NAME.put(f.english.toLowerCase(Locale.ROOT), f);
        }
    }

    private final Map<Field, Values> values;
    /** The number of lines the block takes, both --- lines included. */
    private final int lines;

    private FrontMatter(Map<Field, Values> values, int lines) {
        this.values = values;
        this.lines = lines;
    }

    /** No front matter. */
    static final FrontMatter NONE = new FrontMatter(Map.of(), 0);

    /** The file lines the block takes, both {@code ---} lines included; 0 without front matter. */
    public int lines() {
        return lines;
    }

    /** Whether it sets the format to minutes (格式: 纪要). */
    boolean isMinutes() {
        Values format = values.get(BY_NAME.get("格式"));
        try {
            return format != null && format.format() == DocumentFormat.MINUTES;
        } catch (InvalidDocumentException e) {
            return false; // reported when the front matter is applied
        }
    }

    /** The keys given, by their Chinese names, in the order given. */
    List<String> keys() {
        return values.keySet().stream().map(Field::chinese).toList();
    }

    /** The lines the block takes, both {@code ---} lines included; 0 without one or without its closing line. */
    public static int extent(List<String> fileLines) {
        if (fileLines.isEmpty() || !strip(fileLines.get(0)).equals("---")) {
            return 0;
        }
        int size = 0;
        for (int i = 1; i < fileLines.size() && size <= LARGEST; i++) {
            String t = strip(fileLines.get(i));
            if (t.equals("---") || t.equals("...")) {
                return i + 1;
            }
            size += fileLines.get(i).length() + 1;
        }
        return 0;
    }

    /** A line without surrounding white space, and without the byte-order mark a first line may carry. */
    private static String strip(String line) {
        return (line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
    }

    /**
     * Reads the front matter at the top of the draft's lines, if the first line is {@code ---}.
     *
     * @throws InvalidDocumentException naming the key and its line for anything wrong in it
     */
    public static FrontMatter read(List<String> fileLines) {
        if (fileLines.isEmpty() || !fileLines.get(0).strip().equals("---")) {
            return NONE;
        }
        int end = -1;
        int size = 0;
        for (int i = 1; i < fileLines.size(); i++) {
            String t = fileLines.get(i).strip();
            if (t.equals("---") || t.equals("...")) {
                end = i;
                break;
            }
            size += fileLines.get(i).length() + 1;
            if (size > LARGEST) {
                throw new InvalidDocumentException("front matter", "is larger than " + LARGEST / 1024
                        + " KB; it holds a few head-block fields, and its closing --- line may be missing");
            }
        }
        if (end < 0) {
            throw new InvalidDocumentException("front matter", "starts with --- on line 1 but has no closing --- line");
        }
        String yaml = String.join("\n", fileLines.subList(1, end));
        Map<Field, Values> values = new LinkedHashMap<>();
        Events events = new Events(yaml);
        for (Event key = events.firstKey(); key.getEventId() != Event.ID.MappingEnd; key = events.next()) {
            int line = line(key);
            if (!(key instanceof ScalarEvent name)) {
                throw new InvalidDocumentException("front matter line " + line, "a key must be a plain name such as 发文字号");
            }
            Field field = BY_NAME.get(BY_NAME.containsKey(name.getValue()) ? name.getValue()
                    : name.getValue().strip().toLowerCase(Locale.ROOT));
            String where = "front matter " + name.getValue() + " (line " + line + ")";
            if (field == null) {
                throw new InvalidDocumentException(where, "is not a key the front matter knows; the keys are "
                        + String.join(" ", FIELDS.stream().map(f -> f.chinese + "/" + f.english).toList()));
            }
            if (values.containsKey(field)) {
                throw new InvalidDocumentException(where, "is given twice (" + field.chinese + " and "
                        + field.english + " are the same key)");
            }
            values.put(field, new Values(where, events.value(where)));
        }
        events.end();
        return new FrontMatter(values, end + 1);
    }

    /**
     * Sets the fields on the document's builder. Problems the builder finds are reported at the key.
     *
     * @throws InvalidDocumentException naming the key and its line
     */
    void apply(OfficialDocument.Builder doc) {
        values.forEach((field, v) -> {
            if (field.setter != null) {
                attempt(v, () -> field.setter.set(v, doc));
            }
        });
        pair("密级", "保密期限", (secrecy, period) -> {
            HeadRecogniser.SecrecyMark mark = HeadRecogniser.secrecy(secrecy.one());
            if (mark == null) {
                throw new InvalidDocumentException(secrecy.where, "must be 绝密, 机密 or 秘密, optionally with ★ and a "
                        + "period (机密★1年): " + secrecy.one());
            }
            if (mark.period() != null && period != null) {
                throw new InvalidDocumentException(period.where, "is also given after ★ in 密级; give it once");
            }
            Values where = period != null ? period : secrecy;
            attempt(where, () -> mark.set(doc, period != null ? period.one() : mark.period()));
        }, "保密期限 needs 密级");
        pair("印发机关", "印发日期", (office, date) -> {
            if (date == null) {
                throw new InvalidDocumentException(office.where, "needs 印发日期 (printDate) too");
            }
            attempt(office, () -> doc.printedBy(office.one(), date.date()));
        }, "印发日期 needs 印发机关 (printedBy)");
    }

    private void pair(String first, String second, BiConsumer<Values, Values> both, String secondAlone) {
        Values a = values.get(BY_NAME.get(first));
        Values b = values.get(BY_NAME.get(second));
        if (a != null) {
            both.accept(a, b);
        } else if (b != null) {
            throw new InvalidDocumentException(b.where, secondAlone);
        }
    }

    private static void attempt(Values v, Runnable call) {
        try {
            call.run();
        } catch (InvalidDocumentException e) {
            if (e.field().startsWith("front matter")) {
                throw e;
            }
            throw new InvalidDocumentException(v.where, e.getMessage());
        }
    }

    /** The file line of an event: the block starts on the line after the opening ---. */
    private static int line(Event event) {
        return event.getStartMark().map(Mark::getLine).orElse(-1) + 2;
    }

    /**
     * The YAML read as SnakeYAML Engine's parser events, which need no recursion however deeply a
     * hostile block nests: anything below a key's list is refused when it starts. Anchors, aliases
     * and tags are refused too; front matter has no use for them.
     */
    private static final class Events {
        private final Iterator<Event> events;
        private boolean empty;

        Events(String yaml) {
            LoadSettings settings = LoadSettings.builder().setSchema(new FailsafeSchema()).setMaxAliasesForCollections(0)
                    .setCodePointLimit(LARGEST).setLabel("front matter").build();
            // the exported parser classes: api.lowlevel is not exported to the module path
            events = new org.snakeyaml.engine.v2.parser.ParserImpl(settings,
                    new org.snakeyaml.engine.v2.scanner.StreamReader(settings, yaml));
        }

        Event next() {
            try {
                Event e = events.next();
                if (e instanceof NodeEvent node && node.getAnchor().isPresent() || e.getEventId() == Event.ID.Alias) {
                    throw new InvalidDocumentException("front matter line " + line(e), "takes no anchors or aliases (& and *)");
                }
                if (e instanceof ScalarEvent s && s.getTag().isPresent()
                        || e instanceof CollectionStartEvent c && c.getTag().isPresent()) {
                    throw new InvalidDocumentException("front matter line " + line(e), "takes no tags (!!…)");
                }
                return e;
            } catch (YamlEngineException e) {
                // the engine's message is several lines with a caret; the first says what is wrong
                throw new InvalidDocumentException("front matter", "is not valid YAML: "
                        + e.getMessage().lines().map(String::strip).filter(t -> !t.isEmpty()).findFirst().orElse("?")
                        + markLine(e));
            } catch (java.util.NoSuchElementException e) {
                throw new InvalidDocumentException("front matter", "ends too early");
            }
        }

        /** The first key, or the end of the mapping for an empty block. */
        Event firstKey() {
            next(); // stream start
            Event e = next();
            if (e.getEventId() == Event.ID.StreamEnd) {
                empty = true; // nothing but comments or blank lines: no fields
                return new MappingEndEvent();
            }
            e = next(); // after the document start
            if (e.getEventId() != Event.ID.MappingStart) {
                throw new InvalidDocumentException("front matter", "must be lines of the form key: value");
            }
            return next();
        }

        /** The value of a key: one text, or a list of texts. */
        List<String> value(String where) {
            Event e = next();
            if (e instanceof ScalarEvent s) {
                String t = s.getValue().strip();
                if (t.isEmpty()) {
                    throw new InvalidDocumentException(where, "has no value");
                }
                return List.of(t);
            }
            if (e.getEventId() != Event.ID.SequenceStart) {
                throw new InvalidDocumentException(where, "must be a value or a list [A, B], not a mapping");
            }
            List<String> out = new ArrayList<>();
            for (Event item = next(); item.getEventId() != Event.ID.SequenceEnd; item = next()) {
                if (!(item instanceof ScalarEvent s) || s.getValue().isBlank()) {
                    throw new InvalidDocumentException(where, "must list names, one per item");
                }
                out.add(s.getValue().strip());
            }
            if (out.isEmpty()) {
                throw new InvalidDocumentException(where, "has no value");
            }
            return out;
        }

        /** After the mapping: the end of its one document and of the stream. */
        void end() {
            if (empty) {
                return;
            }
            if (next().getEventId() != Event.ID.DocumentEnd || next().getEventId() != Event.ID.StreamEnd) {
                throw new InvalidDocumentException("front matter", "must be one block of key: value lines");
            }
        }
    }

    private static String markLine(YamlEngineException e) {
        if (e instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m) {
            return m.getProblemMark().map(mark -> " (line " + (mark.getLine() + 2) + ")").orElse("");
        }
        return "";
    }

    /** The texts given for a key, with where they were given. */
    private record Values(String where, List<String> texts) {
        String one() {
            if (texts.size() != 1) {
                throw new InvalidDocumentException(where, "takes one value, not a list: " + texts);
            }
            return texts.get(0);
        }

        String[] list() {
            return texts.toArray(String[]::new);
        }

        /** 抄送 as one line is split at its commas; the closing 。 the colophon adds is dropped. */
        String[] recipients() {
            List<String> out = new ArrayList<>();
            for (String t : texts) {
                for (String part : t.replaceFirst("[。.]$", "").split("[，,]")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
            return out.toArray(String[]::new);
        }

        boolean yes() {
            return switch (one().toLowerCase(Locale.ROOT)) {
                case "是", "true", "yes" -> true;
                case "否", "false", "no" -> false;
                default -> throw new InvalidDocumentException(where, "must be 是 or 否 (true or false): " + one());
            };
        }

        int positive() {
            String t = one();
            if (!t.matches("[0-9]{1,9}")) {
                throw new InvalidDocumentException(where, "must be a number such as 12: " + t);
            }
            return Integer.parseInt(t);
        }

        DocumentFormat format() {
            return DocumentFormat.named(one()).orElseThrow(() -> new InvalidDocumentException(where,
                    "must be 通用, 信函, 命令 or 纪要 (general, letter, order, minutes): " + one()));
        }

        Urgency urgency() {
            Urgency u = HeadRecogniser.urgency(one());
            if (u == null) {
                throw new InvalidDocumentException(where, "must be 特急 or 加急: " + one());
            }
            return u;
        }

        LocalDate date() {
            String t = one();
            Matcher m = CHINESE_DATE.matcher(t);
            if (!m.matches()) {
                m = ISO_DATE.matcher(t);
            }
            if (!m.matches()) {
                throw new InvalidDocumentException(where, "must be a date written 2026年11月30日 or 2026-11-30: " + t);
            }
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new InvalidDocumentException(where, "is not a real date: " + t);
            }
        }
    }
}
