package io.gongwen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Scores a formatted corpus document against its ground truth ({@code NN.expected.json}), criterion
 * by criterion, the way the corpus README says a formatter's output is judged: each paragraph of the
 * written .docx is classified by its style (Title, DocumentNumber, Addressee, Heading1–4, Signature,
 * Date, the rest body) and compared with the expected title, 发文字号, 主送, headings with their
 * printed ordinals, signatures and date; every non-empty line of the source must be in the output,
 * and no heading may be longer than 60 characters.
 */
public final class CorpusScore {
    /** The criteria, in the order they are reported. */
    public enum Criterion { TITLE, NUMBER, ADDRESSEE, SIGNATURE, DATE, HEADINGS, NUMBERS, TEXT, GIANT }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern ORDINAL = Pattern.compile(
            "^\\s*([一二三四五六七八九十百]+[、，,]|[（(][一二三四五六七八九十百]+[）)][、]?|\\d+[.．、](?!\\d)|[（(]\\d+[）)])\\s*");
    private static final Pattern TEXT_ORDINAL = Pattern.compile(
            "^\\s*([（(]?[一二三四五六七八九十百]+[）)]|[一二三四五六七八九十百]+、|[（(]?\\d+[）)]|\\d+[.．、](?!\\d))\\s*");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u2060\\u200b\\ufeff\\u00a0\\u3000]+");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]");
    private static final Pattern DATE = Pattern.compile(
            "([〇○零一二三四五六七八九\\d]{4})年([一二三四五六七八九十\\d]{1,3})月([一二三四五六七八九十\\d]{1,3})日");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.：:；;，,]+$");
    private static final String CN_DIGITS = "〇一二三四五六七八九";

    /** One paragraph of the output: its style, its text, the text outside BodyTextChar runs. */
    private record Para(String style, String text, String headingPart, String splitText) {
    }

    /**
     * A scored document.
     *
     * @param name the document's name
     * @param passed per criterion
     * @param details what went wrong, per failed criterion
     */
    public record Result(String name, Map<Criterion, Boolean> passed, Map<Criterion, String> details) {
        public boolean pass() {
            return passed.values().stream().allMatch(b -> b);
        }

        @Override
        public String toString() {
            return name + ": " + (pass() ? "pass" : "FAIL " + details);
        }
    }

    private CorpusScore() {
    }

    /** Scores the written {@code output} of the document whose ground truth is {@code expected}. */
    public static Result score(String name, Path expected, Path source, Path output) {
        try {
            JsonNode exp = new ObjectMapper().readTree(expected.toFile());
            List<String> sourceLines = Files.readAllLines(source, StandardCharsets.UTF_8);
            return score(name, exp, sourceLines, read(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result score(String name, JsonNode exp, List<String> sourceLines, List<Para> paras) {
        Map<Criterion, Boolean> res = new EnumMap<>(Criterion.class);
        Map<Criterion, String> detail = new EnumMap<>(Criterion.class);
        int firstLabel = paras.size();
        for (int i = 0; i < paras.size(); i++) {
            if ("AttachmentLabel".equals(paras.get(i).style)) {
                firstLabel = i;
                break;
            }
        }
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < firstLabel; i++) {
            if ("Title".equals(paras.get(i).style)) {
                title.append(paras.get(i).text);
            }
        }
        String got = width(nows(title.toString()));
        boolean hasLines = exp.path("title_lines").size() > 0;
        res.put(Criterion.TITLE, hasLines ? got.equals(width(nows(exp.path("title").asText())))
                : got.isEmpty() || got.equals(width(nows(exp.path("title").asText()))));
        detail.put(Criterion.TITLE, "got " + got);

        List<String> numbers = texts(paras, "DocumentNumber");
        String number = exp.path("document_number").isNull() ? null : exp.path("document_number").asText();
        res.put(Criterion.NUMBER, number == null || numbers.contains(width(nows(number))));
        detail.put(Criterion.NUMBER, "got " + numbers);

        List<String> addressees = texts(paras, "Addressee").stream().map(a -> a.replaceAll(":$", "")).toList();
        String addressee = exp.path("addressee").isNull() ? null : exp.path("addressee").asText();
        res.put(Criterion.ADDRESSEE, addressee == null ? addressees.isEmpty()
                : addressees.contains(width(nows(addressee)).replaceAll(":$", "")));
        detail.put(Criterion.ADDRESSEE, "got " + addressees);

        Map<String, Integer> gotSignatures = new HashMap<>();
        for (Para p : paras) {
            if ("Signature".equals(p.style)) {
                tokens(p.splitText, gotSignatures);
            }
        }
        Map<String, Integer> wantSignatures = new HashMap<>();
        exp.path("signatures").forEach(s -> tokens(s.asText(), wantSignatures));
        res.put(Criterion.SIGNATURE, gotSignatures.equals(wantSignatures));
        detail.put(Criterion.SIGNATURE, "got " + gotSignatures.keySet());

        List<String> dates = new ArrayList<>();
        for (Para p : paras) {
            if ("Date".equals(p.style) && !nows(p.text).isEmpty()) {
                dates.add(normText(p.text));
            }
        }
        String date = exp.path("date").isNull() ? null : exp.path("date").asText();
        res.put(Criterion.DATE, date == null ? dates.isEmpty() : dates.contains(normText(date)));
        detail.put(Criterion.DATE, "got " + dates);

        headings(exp, paras, res, detail);

        StringBuilder out = new StringBuilder();
        for (Para p : paras) {
            out.append(lineKey(p.splitText));
        }
        String all = out.toString();
        List<String> missing = new ArrayList<>();
        for (String line : sourceLines) {
            String key = lineKey(line);
            if (!key.isEmpty() && !all.contains(key)) {
                missing.add(line.strip());
            }
        }
        res.put(Criterion.TEXT, missing.isEmpty());
        detail.put(Criterion.TEXT, missing.size() + " lines missing " + missing.stream().limit(2).toList());
        detail.keySet().removeIf(c -> res.get(c));
        return new Result(name, res, detail);
    }

    private static void headings(JsonNode exp, List<Para> paras, Map<Criterion, Boolean> res,
                                 Map<Criterion, String> detail) {
        Map<String, Integer> levels = Map.of("Heading1", 1, "Heading2", 2, "Heading3", 3, "Heading4", 4);
        Map<String, Integer> want = new LinkedHashMap<>();
        exp.path("headings").forEach(h -> want.merge(h.path("level").asInt() + " " + headingKey(h.path("text").asText()), 1, Integer::sum));
        Map<String, Integer> gotHeadings = new LinkedHashMap<>();
        List<String> starts = new ArrayList<>();
        List<String> giants = new ArrayList<>();
        for (Para p : paras) {
            Integer level = p.style == null ? null : levels.get(p.style);
            if (level == null) {
                continue;
            }
            String part = nows(p.headingPart).isEmpty() ? p.text : p.headingPart;
            Matcher m = ORDINAL.matcher(part.stripLeading());
            String rest = m.lookingAt() ? part.stripLeading().substring(m.end()) : part.stripLeading();
            String key = level + " " + headingKey(rest);
            starts.add(width(nows(p.text)));
            if (nows(part).length() > 60) {
                giants.add(part);
            }
            if (want.containsKey(key) || !ambiguous(exp, level, headingKey(rest))) {
                gotHeadings.merge(key, 1, Integer::sum);
            }
        }
        res.put(Criterion.HEADINGS, want.equals(gotHeadings));
        Map<String, Integer> extra = new LinkedHashMap<>(gotHeadings);
        want.forEach((k, v) -> extra.computeIfPresent(k, (kk, n) -> n - v <= 0 ? null : n - v));
        Map<String, Integer> lacking = new LinkedHashMap<>(want);
        gotHeadings.forEach((k, v) -> lacking.computeIfPresent(k, (kk, n) -> n - v <= 0 ? null : n - v));
        detail.put(Criterion.HEADINGS, "extra " + extra.keySet().stream().limit(3).toList()
                + ", missing " + lacking.keySet().stream().limit(3).toList());
        List<String> lost = new ArrayList<>();
        for (JsonNode h : exp.path("headings")) {
            String start = TRAILING_PUNCTUATION.matcher(width(nows(h.path("ordinal").asText() + h.path("text").asText())))
                    .replaceFirst("");
            if (starts.stream().noneMatch(s -> s.startsWith(start))) {
                lost.add(h.path("ordinal").asText() + h.path("text").asText());
            }
        }
        res.put(Criterion.NUMBERS, lost.isEmpty());
        detail.put(Criterion.NUMBERS, lost.size() + " not found with their printed ordinal " + lost.stream().limit(2).toList());
        res.put(Criterion.GIANT, giants.isEmpty());
        detail.put(Criterion.GIANT, giants.size() + " headings over 60 characters");
    }

    private static boolean ambiguous(JsonNode exp, int level, String key) {
        for (JsonNode a : exp.path("ambiguous_headings")) {
            if (!a.path("level").isNull() && !a.path("level").isMissingNode() && a.path("level").asInt() != level) {
                continue;
            }
            if (a.has("text") && headingKey(a.path("text").asText()).equals(key)) {
                return true;
            }
            String line = headingKey(a.path("line_text").asText(""));
            if (!key.isEmpty() && line.startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(List<Para> paras, String style) {
        List<String> out = new ArrayList<>();
        for (Para p : paras) {
            if (style.equals(p.style) && !nows(p.text).isEmpty()) {
                out.add(width(nows(p.text)));
            }
        }
        return out;
    }

    private static void tokens(String text, Map<String, Integer> into) {
        for (String t : text.split("[\\s\\u3000\\u00a0]+")) {
            if (!t.isEmpty() && CJK.matcher(t).find()) {
                into.merge(width(t), 1, Integer::sum);
            }
        }
    }

    static String nows(String s) {
        return s == null ? "" : INVISIBLE.matcher(s).replaceAll("");
    }

    static String width(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static String normText(String s) {
        return arabicDates(width(nows(s)));
    }

    private static String headingKey(String s) {
        return TRAILING_PUNCTUATION.matcher(width(nows(s))).replaceFirst("");
    }

    private static String lineKey(String s) {
        StringBuilder out = new StringBuilder();
        for (String piece : s.split("\t", -1)) {
            String t = piece.replaceAll("^[ \\u00a0\\u3000]+|[ \\u00a0\\u3000]+$", "");
            Matcher m = TEXT_ORDINAL.matcher(t);
            out.append(normText(m.lookingAt() ? t.substring(m.end()) : t));
        }
        return out.toString();
    }

    private static String arabicDates(String s) {
        Matcher m = DATE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int y = number(m.group(1));
            int mo = number(m.group(2));
            int d = number(m.group(3));
            m.appendReplacement(out, y < 0 || mo < 0 || d < 0 ? m.group() : y + "年" + mo + "月" + d + "日");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String t = s.replace('○', '〇').replace('零', '〇');
        if (t.indexOf('十') < 0) {
            int n = 0;
            for (char c : t.toCharArray()) {
                int d = CN_DIGITS.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                n = n * 10 + d;
            }
            return n;
        }
        String[] parts = t.split("十", -1);
        int tens = parts[0].isEmpty() ? 1 : CN_DIGITS.indexOf(parts[0]);
        int ones = parts.length < 2 || parts[1].isEmpty() ? 0 : CN_DIGITS.indexOf(parts[1]);
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    /** The paragraphs of a written .docx, read with StAX. */
    private static List<Para> read(Path docx) throws IOException {
        List<Para> paras = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
            String style = null;
            StringBuilder text = null;
            StringBuilder head = null;
            StringBuilder split = null;
            boolean bodyRun = false;
            boolean inText = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "p" -> {
                            style = null;
                            text = new StringBuilder();
                            head = new StringBuilder();
                            split = new StringBuilder();
                        }
                        case "pStyle" -> style = x.getAttributeValue(W, "val");
                        case "r" -> bodyRun = false;
                        case "rStyle" -> bodyRun = "BodyTextChar".equals(x.getAttributeValue(W, "val"));
                        case "t" -> inText = true;
                        case "tab", "br", "cr" -> {
                            if (split != null) {
                                split.append('\t');
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && inText && text != null) {
                    String t = x.getText().replace("\u2060", "");
                    text.append(t);
                    split.append(t);
                    if (!bodyRun) {
                        head.append(t);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
                    if ("t".equals(x.getLocalName())) {
                        inText = false;
                    } else if ("p".equals(x.getLocalName()) && text != null) {
                        paras.add(new Para(style, text.toString(), head.toString(), split.toString()));
                        text = null;
                    }
                }
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IOException(e);
        }
        return paras;
    }
}
