package io.gongwen;

import io.gongwen.internal.Checks;
import io.gongwen.title.WordSegmenter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Breaks a long title (标题, 2号 小标宋) into centred lines the way GB/T 9704-2012 §7.3.1 asks: "回行时，
 * 要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形" — keep words and phrases whole,
 * arrange the lines symmetrically with sensible lengths, as a trapezoid or a diamond — and the way
 * offices do it, measured on the State Council's titles (see {@code TitleBreakerCorpusTest}).
 *
 * <p>Widths are counted in full-width characters: a Chinese character or full-width sign is 1, an
 * ASCII character or a Latin letter is 1/2, a combining mark or zero-width character 0.
 *
 * <p>The breaker chooses among the places a line may end, in this order of importance:
 * <ol>
 *   <li><b>No broken words.</b> Words and their parts of speech come from HanLP's segmenter
 *       ({@link WordSegmenter}); a bound morpheme, a measure word or a one-character noun stays with
 *       the word before it (政府性, 十届, 气象站网). Runs of letters and digits stay whole with the
 *       年/月/日/号 after them (2021年, 5G, 2021—2025年), as do document numbers with their issuer code
 *       (国办发〔2020〕5号), quotations in “” （） that fit on a line, and the 的 with the kind of
 *       document at the end (的指导意见). Punctuation never starts a line, an opening bracket never ends
 *       one, and a surrogate pair is never split. A unit wider than a line is broken all the same.</li>
 *   <li><b>The fewest lines</b>, with one more only to avoid a line of a single character, an
 *       hourglass (a line shorter than one above and one below it) or a break inside an adverbial
 *       frame that fits on a line (在温家宝总理考察工作时, 在…过程中, 当…时: a preposition and the
 *       localizer or 时 that closes it): the lengths go up and then down, a trapezoid (梯形) or a
 *       diamond (菱形).</li>
 *   <li><b>Breaks between phrases</b>, ranked by the words on either side: after 的, a comma, a
 *       conjunction or a prepositional phrase (以哈尔滨市名义 / 申办); before a new predicate or a
 *       modifier; after the verb of 关于 and what it governs (关于加快发展 / 体育…); after an adverbial
 *       frame. Costly: inside the issuer's name, after the issuer when it would stand alone above one
 *       line (in three lines it may: 国务院办公厅 / 关于…), right after 关于, after a formula verb
 *       (印发, 转发, 同意, which keep the start of their object), between a modifier and its head
 *       (专项|整治, 规范性|文件, 第十四个|五年规划), inside a book title 《》 or a set phrase of 公文
 *       (安全生产, 防汛抗旱), before 的.</li>
 *   <li><b>Balance</b>: lines of similar length, a little in favour of the upper line; the upper line
 *       may be much longer than the lower, the lower only about four characters longer, and the last
 *       of three lines or more hardly ever longer than the one above it (none of the State Council's
 *       is).</li>
 * </ol>
 * The choice is a dynamic programme over the break points, whose state is the last line and whether
 * the lengths have started to fall, so that an hourglass can be seen: linear in the title's length
 * for a given line width. A title of 60 characters takes about 0.2 ms once the segmenter is loaded,
 * 500 characters (the most, {@link #MAX_CHARACTERS}) about 10 ms at 19 characters a line and some
 * tens of milliseconds at most, at any width.
 */
public final class TitleBreaker {
    /** The narrowest line accepted, in full-width characters. */
    private static final double MIN_WIDTH = 4;

    // Costs that decide between the candidates that remain once the hard costs are equal. The
    // preferred places to break weigh more than balance and orientation, as in §7.3.1's own order:
    // words and phrases first, then the shape.
    private static final int LOWER_LINE_LONGER = 30;
    /**
     * A title of three lines or more whose last line is wider than the one above it: none of the
     * State Council's is, they end as a diamond or an inverted trapezoid, taking a line break inside
     * a name rather than a long last line (申办2009年第二十四届世界 / 大学生冬季运动会的复函).
     */
    private static final int LAST_OF_MANY_LONGER = 100;
    private static final int SHORT_LINE = 200;
    private static final int GOOD = 0;
    private static final int BEFORE_PREDICATE = 70;
    private static final int BEFORE_MODIFIER = 30;
    private static final int AFTER_ADVERBIAL = 20;
    private static final int AFTER_CONJUNCTION = 40;
    private static final int BEFORE_PREPOSITION = 60;
    private static final int BEFORE_OPENING = 60;
    private static final int BEFORE_CONJUNCTION = 100;
    /**
     * After the issuer's name, before 关于: the first boundary of the title's sentence. The issuer
     * stands alone on the first line only of a title of three lines or more (国务院办公厅 / 关于四川省在
     * …时 / 所提…的函); in two lines, 关于 and its verb stay with it (国务院办公厅关于调整 / 国家教材
     * 委员会组成人员的通知), see {@link #ISSUER_ALONE_OF_TWO}.
     */
    private static final int AFTER_ISSUER = 60;
    /** Added to {@link #AFTER_ISSUER} when the issuer alone would be the upper line of two. */
    private static final int ISSUER_ALONE_OF_TWO = 60;
    private static final int VERB_OBJECT = 120;
    private static final int AFTER_MAIN_VERB = 30;
    private static final int AFTER_TIME = 150;
    private static final int NEUTRAL = 150;
    private static final int NOUN_NOUN = 200;
    private static final int AFTER_FORMULA_VERB = 400;
    private static final int BEFORE_PARENTHESIS = 300;
    private static final int BEFORE_ANNOTATED = 250;
    private static final int AFTER_CLOSING = 150;
    private static final int BETWEEN_ISSUERS = 150;
    private static final int INSIDE_QUOTATION = 200;
    private static final int INSIDE_SET_PHRASE = 300;
    private static final int VERB_VERB = 250;
    private static final int INSIDE_ISSUER = 500;
    private static final int MODIFIER_HEAD = 300;
    private static final int BEFORE_DE = 400;
    private static final int BEFORE_KIND = 400;
    private static final int AFTER_GUANYU = 500;
    private static final int AFTER_PREPOSITION = 500;
    private static final int BEFORE_FINAL_DE = 600;

    // Hard costs, compared before any soft cost: a line costs 2, a bad shape 3, so one more line is
    // worth it to avoid a bad shape but not to improve balance. Breaks inside words are weighted per
    // title (see Costs) so that none is ever traded for lines.
    private static final long LINE = 2;
    private static final long BAD_SHAPE = 3;
    /**
     * A break inside an adverbial frame (在…时) that fits on a line: worth one more line to avoid, as
     * the State Council takes three lines rather than break 在温家宝总理 / 考察工作时.
     */
    private static final long SPLIT_FRAME = LINE + 1;

    /** How much wider (in half-width units) a line may be than the one above it before it costs. */
    private static final int GENTLE_RISE = 8;
    private static final int STEEP_RISE = 5;

    /**
     * The most steps of the full search (the sum over the line ends of the squared number of places
     * the line may start); beyond, on absurdly wide lines, lines are filled without the shape.
     */
    private static final long SHAPED_WORK = 4_000_000L;

    /** Two widths closer than this (in half-width units) look equal. */
    private static final int SAME_WIDTH = 1;
    /** A line this narrow or narrower (in half-width units), such as 通知 alone, looks stranded. */
    private static final int SHORT_WIDTH = 5;

    private static final String OPENING = "([{（［｛《〈「『【〔〖“‘";
    private static final String CLOSING = ")]}）］｝》〉」』】〕〗”’，。、；：？！,.;:?!…％%";
    private static final String GLUING = "·・•‧";
    private static final String PAIRS = "（）()《》〈〉「」『』【】“”‘’〖〗［］[]";
    private static final String CONNECTORS = "-./:_+&'—–～~";
    private static final String[] UNIT_SUFFIXES = {"年度", "周年", "季度", "月份", "个月", "年", "月", "日", "号",
        "批", "次", "届", "期", "项", "个", "条", "名", "家", "万", "亿", "余", "版", "级", "倍", "天", "元",
        "%", "％"};
    private static final Set<String> ISSUING_VERBS = Set.of("印发", "转发", "批转", "印送");
    /** Verbs of a formula that keeps its object on the line: 关于印发…的通知, 关于同意…的批复. */
    private static final Set<String> FORMULA_VERBS = Set.of("印发", "转发", "批转", "印送", "同意", "批准");
    /**
     * Set phrases of 公文 titles that the segmenter cuts in two (安全|生产, 防汛|抗旱): a line breaks
     * inside one only at a price, as inside a book title.
     */
    private static final String[] SET_PHRASES = (
        "一个时期 一网通办 三年行动 三年行动方案 专项报告 专项整治 专项行动 中小企业 主题教育 乡村振兴 乡村旅游 乡镇街道 事业单位 交通安全 交通运输 人力资源"
        + " 人力资源和社会保障 人民代表大会 人民政府 人民检察院 人民法院 人民群众 优秀共产党员 会议纪要 住房保障 住房和城乡建设 作风建设 值班值守 元旦春节 先进个人"
        + " 先进典型 先进集体 党风廉政 共产党员 农业农村 农业农村现代化 决策部署 劳动模范 医务人员 卫生健康 危险化学品 发展改革 发展规划 国有企业 国民经济"
        + " 国民经济和社会发展 地质灾害 城乡建设 城市更新 城镇燃气 基层党组织 学习宣传 学习教育 安全生产 安全隐患 实施办法 实施意见 实施方案 实施细则 实践活动"
        + " 工业园区 工作人员 工作安排 工作总结 工作意见 工作报告 工作方案 工作机制 工作要点 工作计划 工作领导小组 市场监督管理局 市场监管 常务委员会 应急管理"
        + " 应急管理局 应急预案 建立健全 当前和今后 志愿服务 情况报告 意识形态 执行情况 招商引资 指导意见 排查整治 政务服务 数据中心 文化遗产 文明城市 新冠肺炎"
        + " 新型冠状病毒 新能源汽车 暂行办法 暂行规定 有关事项 有关单位 有关部门 森林防火 民营企业 污染防治 消防安全 烟花爆竹 物业管理 环境保护 生产经营 生态环境"
        + " 生态环境局 电子商务 疫情防控 目标任务 相关事宜 相关部门 社会保障 社会发展 社会治理 突发事件 第一季度 管理办法 精神文明 经济社会 经济运行 网络安全"
        + " 老旧小区 考核办法 脱贫攻坚 自然灾害 自然资源 若干措施 药品安全 营商环境 行动方案 规划纲要 贯彻落实 远景目标 退役军人 退役军人事务 道路交通 重大项目"
        + " 重点项目 长效机制 队伍建设 防汛抗旱 防灾减灾 隐患排查 非物质文化遗产 项目名录 领导小组 食品安全 高质量发展").split(" ");
    private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及", "以及", "并", "暨", "或");
    /** Prepositions that open an adverbial frame closed by a localizer or 时: 在…中, 当…时. */
    private static final Set<String> FRAME_OPENERS = Set.of("在", "当");

    /**
     * The longest title broken automatically, in characters (code points): 25 lines of 2号 and far
     * beyond any real title. A longer one is refused rather than segmented, so that breaking costs at
     * most a few milliseconds whatever the input.
     */
    public static final int MAX_CHARACTERS = 500;

    private TitleBreaker() {
    }

    /**
     * Breaks a title for the text block of {@code specification}: lines of at most one character less than
     * {@link Specification#titleCharactersPerLine()} (19 of 2号 in the 156 mm block by default), so that a
     * centred line keeps clear of the block's edges, as the State Council's titles do (none of their lines is
     * wider than 19 characters). See {@link #lines(String, double)}.
     *
     * @param title the title as one string, not blank
     * @param specification the layout whose text width and title size set the widest line
     * @return the lines, as {@link #lines(String, double)} returns them
     * @throws InvalidDocumentException (field {@code "title"}) as {@link #lines(String, double)} does
     */
    public static List<String> lines(String title, Specification specification) {
        Checks.present("specification", specification);
        return lines(title, Math.max(MIN_WIDTH, specification.titleCharactersPerLine() - 1));
    }

    /**
     * Breaks a title into lines of at most {@code maxWidth}, measured in full-width characters (a
     * half-width character — ASCII letters and digits — counts 1/2), following GB/T 9704-2012 §7.3.1:
     * words kept whole, lines of sensible length arranged as a trapezoid or a diamond (see the class
     * description for the rules in order). Joining the lines gives back {@code title} exactly: nothing
     * is added, removed or stripped.
     *
     * @param title    the title as one string, not blank
     * @param maxWidth the widest line, in full-width characters, at least 4 (20 for 2号 characters
     *                 in the 156 mm text block)
     * @return the title alone if it fits; otherwise the fewest lines that fit, with one more only
     *         to avoid a broken word, a line of a single character, an hourglass shape or a break
     *         inside an adverbial frame (在…时) that fits on a line
     * @throws InvalidDocumentException (field {@code "title"}) if the title is null or blank,
     *                                  {@code maxWidth} is less than 4, or the title does not fit and
     *                                  has more than {@link #MAX_CHARACTERS} characters
     */
    public static List<String> lines(String title, double maxWidth) {
        if (title == null) {
            throw new InvalidDocumentException("title", "must not be null");
        }
        if (Checks.stripIndentation(title).isEmpty()) {
            throw new InvalidDocumentException("title", "must not be blank: " + Checks.quote(title));
        }
        if (!(maxWidth >= MIN_WIDTH)) {
            throw new InvalidDocumentException("title", String.format(Locale.ROOT,
                    "a line must be at least %.0f characters wide to break the title, not %s: %s",
                    MIN_WIDTH, maxWidth, Checks.quote(title)));
        }
        int[] codePoints = title.codePoints().toArray();
        int[] prefix = new int[codePoints.length + 1];
        for (int i = 0; i < codePoints.length; i++) {
            prefix[i + 1] = prefix[i] + halves(codePoints[i]);
        }
        int limit = maxWidth >= Integer.MAX_VALUE / 4.0 ? Integer.MAX_VALUE / 2 : (int) Math.floor(maxWidth * 2 + 1e-9);
        if (prefix[codePoints.length] <= limit) {
            return List.of(title);
        }
        if (codePoints.length > MAX_CHARACTERS) {
            throw new InvalidDocumentException("title", String.format(Locale.ROOT,
                    "has %d characters, more than the %d a title is broken into lines with; break it into "
                    + "lines yourself: %s", codePoints.length, MAX_CHARACTERS, Checks.quote(title)));
        }
        Costs costs = new Costs(title, codePoints, prefix, limit);
        List<String> lines = new ArrayList<>();
        int from = 0;
        int codePoint = 0;
        for (int cut : costs.bestCuts()) {
            int to = title.offsetByCodePoints(from, cut - codePoint);
            lines.add(title.substring(from, to));
            from = to;
            codePoint = cut;
        }
        lines.add(title.substring(from));
        return List.copyOf(lines);
    }

    /** The width of a text in full-width characters, as {@link #lines} counts it. */
    static double width(CharSequence text) {
        return text.codePoints().map(TitleBreaker::halves).sum() / 2.0;
    }

    /** Width in half-width units: Chinese 2, ASCII and Latin letters 1, marks and zero-width 0. */
    private static int halves(int cp) {
        if (cp < 0x80) {
            return cp < 0x20 || cp == 0x7F ? 0 : 1;
        }
        if (cp >= 0xFF01 && cp <= 0xFF60) {
            return 2; // full-width forms are Latin by script but full width by design
        }
        if ((cp >= 0xFF61 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE)) {
            return 1;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN ? 1 : 2;
    }

    private enum Kind { WORD, UNIT, SPACE, SIGN }

    /** Code points {@code [start, end)} of the title, what they are, and HanLP's part of speech. */
    private record Token(int start, int end, Kind kind, String text, String tag) {
        int length() {
            return end - start;
        }

        boolean is(String word) {
            return text.equals(word);
        }
    }

    /**
     * The cost of breaking before each code point, and the search for the cheapest set of breaks.
     * Costs come in two tiers compared in order: hard (broken words, lines, bad shapes) and soft
     * (the quality of each break and the balance of the lines).
     */
    private static final class Costs {
        private final int[] cps;
        private final int[] prefix;
        private final int limit;
        private final int n;
        /** Hard cost of a break before code point k (0 where breaking is allowed). */
        private final long[] hard;
        /** Soft cost of a break before code point k. */
        private final int[] soft;
        private final long broken;
        private final long brokenCluster;
        /** The code point the issuer's name ends before (关于, 转发…), or -1 if no issuer is seen. */
        private int issuerEnd = -1;

        Costs(String title, int[] cps, int[] prefix, int limit) {
            this.cps = cps;
            this.prefix = prefix;
            this.limit = limit;
            this.n = cps.length;
            this.hard = new long[n + 1];
            this.soft = new int[n + 1];
            // one broken word must outweigh every line, bad shape and split frame a title can have (at
            // most 2 + 3 + 3 a line)
            this.broken = 8L * (n + 1);
            this.brokenCluster = 4 * broken;
            List<Token> tokens = tokenize(title);
            scoreBoundaries(tokens);
            scoreSetPhrases(title);
            scoreQuotations();
            scoreClusters();
        }

        private String text(int from, int to) {
            return new String(cps, from, to - from);
        }

        // ---- tokens ----

        /**
         * Units that must stay whole (letters and digits with their 年 or 号, document numbers), signs
         * and spaces, and the words of the segmenter between them, each with the segmenter's tag.
         */
        private List<Token> tokenize(String title) {
            boolean[] wordStart = new boolean[n + 1];
            String[] tags = new String[n];
            Arrays.fill(tags, "x");
            for (WordSegmenter.Word w : WordSegmenter.words(title)) {
                if (w.start() < n) {
                    wordStart[w.start()] = true;
                    Arrays.fill(tags, w.start(), Math.min(w.end(), n), w.tag());
                }
            }
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int hanStart = -1;
            while (i < n) {
                int end = unitEnd(i);
                if (end > i || !isHan(cps[i])) {
                    if (hanStart >= 0) {
                        words(hanStart, i, wordStart, tags, tokens);
                        hanStart = -1;
                    }
                    if (end > i) {
                        tokens.add(new Token(i, end, Kind.UNIT, text(i, end), hasDigit(i, end) ? "m" : tags[i]));
                    } else {
                        boolean space = Character.isWhitespace(cps[i]) || Character.isSpaceChar(cps[i]);
                        Kind kind = space ? Kind.SPACE : Kind.SIGN;
                        tokens.add(new Token(i, i + 1, kind, text(i, i + 1), "w"));
                        end = i + 1;
                    }
                    i = end;
                } else {
                    if (hanStart < 0) {
                        hanStart = i;
                    }
                    i++;
                }
            }
            if (hanStart >= 0) {
                words(hanStart, n, wordStart, tags, tokens);
            }
            return withIssuerCodes(tokens);
        }

        /** A run of Chinese characters, cut where the segmenter's words start. */
        private void words(int from, int to, boolean[] wordStart, String[] tags, List<Token> out) {
            int start = from;
            for (int k = from + 1; k <= to; k++) {
                if (k == to || wordStart[k]) {
                    out.add(new Token(start, k, Kind.WORD, text(start, k), tags[start]));
                    start = k;
                }
            }
        }

        private boolean hasDigit(int from, int to) {
            for (int k = from; k < to; k++) {
                if (Character.isDigit(cps[k])) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A document number keeps its issuer code: the single characters just before 〔2020〕5号 are
         * the code (国办发, 政发), not words of their own.
         */
        private List<Token> withIssuerCodes(List<Token> tokens) {
            List<Token> out = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                if (t.kind() == Kind.UNIT && cps[t.start()] == '〔') {
                    int start = t.start();
                    while (!out.isEmpty()) {
                        Token last = out.get(out.size() - 1);
                        boolean code = last.kind() == Kind.WORD && last.length() <= 2 && t.start() - last.start() <= 4
                                && !isConjunction(last) && !last.is("的") && !ISSUING_VERBS.contains(last.text());
                        if (!code) {
                            break;
                        }
                        start = last.start();
                        out.remove(out.size() - 1);
                    }
                    t = new Token(start, t.end(), Kind.UNIT, text(start, t.end()), "m");
                }
                out.add(t);
            }
            return out;
        }

        /**
         * The end of a unit that starts at {@code i} and must not be broken — letters and digits with
         * their connectors, a 第 before them and a 年/号 after them; 〔…〕 with the number after it —
         * or {@code i} if none starts there.
         */
        private int unitEnd(int i) {
            int j = i;
            boolean ordinal = false;
            if (cps[j] == '〔') {
                int close = j + 1;
                while (close < n && close <= j + 12 && cps[close] != '〕' && cps[close] != '〔') {
                    close++;
                }
                if (close >= n || cps[close] != '〕') {
                    return i;
                }
                j = close + 1;
                return j < n && isAlphanumeric(cps[j]) ? alphanumericEnd(j, false) : j;
            }
            if (cps[j] == '第' && j + 1 < n && isAlphanumeric(cps[j + 1])) {
                ordinal = true;
                j++;
            }
            return isAlphanumeric(cps[j]) ? alphanumericEnd(j, ordinal) : i;
        }

        private int alphanumericEnd(int i, boolean ordinal) {
            int j = i;
            while (true) {
                boolean digits = false;
                while (j < n && (isAlphanumeric(cps[j])
                        || (CONNECTORS.indexOf(cps[j]) >= 0 && j + 1 < n && isAlphanumeric(cps[j + 1]) && j > i))) {
                    digits |= Character.isDigit(cps[j]);
                    j++;
                }
                if (!digits && !ordinal) {
                    return j;
                }
                int suffixed = suffixEnd(j, UNIT_SUFFIXES);
                if (suffixed > j && "万亿余".indexOf(cps[suffixed - 1]) >= 0) {
                    suffixed = suffixEnd(suffixed, UNIT_SUFFIXES); // 10万元, 5亿元
                }
                // a date goes on: 2021年1月1日
                if (suffixed > j && suffixed < n && Character.isDigit(cps[suffixed])) {
                    j = suffixed;
                    continue;
                }
                return suffixed;
            }
        }

        private int suffixEnd(int at, String[] suffixes) {
            for (String suffix : suffixes) {
                if (startsWith(at, suffix)) {
                    return at + suffix.codePointCount(0, suffix.length());
                }
            }
            return at;
        }

        private boolean startsWith(int at, String s) {
            int k = at;
            for (int c : s.codePoints().toArray()) {
                if (k >= n || cps[k] != c) {
                    return false;
                }
                k++;
            }
            return true;
        }

        // ---- costs of the boundaries ----

        private void scoreBoundaries(List<Token> tokens) {
            for (Token t : tokens) {
                for (int k = t.start() + 1; k < t.end(); k++) {
                    hard[k] = broken;
                }
            }
            Title title = new Title(tokens);
            if (title.afterIssuer > 0) {
                issuerEnd = tokens.get(title.afterIssuer).start();
            }
            for (int x = 1; x < tokens.size(); x++) {
                Token a = tokens.get(x - 1);
                Token b = tokens.get(x);
                int k = b.start();
                if (isGlued(a, b) || isBound(a, b) || x > title.kind) {
                    hard[k] = broken;
                } else {
                    soft[k] = title.quality(x);
                    if (title.insideFrame(x)) {
                        hard[k] = SPLIT_FRAME;
                    }
                }
            }
        }

        private void scoreSetPhrases(String title) {
            int[] codePointAt = new int[title.length()];
            for (int i = 0, cp = 0; i < title.length(); i++) {
                codePointAt[i] = cp;
                if (!Character.isHighSurrogate(title.charAt(i))) {
                    cp++;
                }
            }
            for (String phrase : SET_PHRASES) {
                for (int at = title.indexOf(phrase); at >= 0; at = title.indexOf(phrase, at + 1)) {
                    int start = codePointAt[at];
                    for (int k = start + 1; k < start + phrase.length(); k++) {
                        soft[k] += INSIDE_SET_PHRASE;
                    }
                }
            }
        }

        /** Line-breaking rules for punctuation (禁则) and spaces: where a line must not end or start. */
        private static boolean isGlued(Token a, Token b) {
            int last = a.text().codePointBefore(a.text().length());
            int first = b.text().codePointAt(0);
            return CLOSING.indexOf(first) >= 0 || OPENING.indexOf(last) >= 0
                    || GLUING.indexOf(first) >= 0 || GLUING.indexOf(last) >= 0
                    || b.kind() == Kind.SPACE
                    || (first == last && (first == '—' || first == '…' || first == '-'));
        }

        /**
         * Pieces the segmenter cuts off that are no words on their own: a bound morpheme (政府|性,
         * 小|微, 迁|址), a measure word or a time word after its number or clause (十|届, 四|次, 工作|时),
         * a one-character noun after a noun or a name (气象站|网, 口岸|区, XX|市), the 等 that closes a
         * list (教育部|等部门: it never starts a line), and what a prefix (第, 所) or a numeral governs.
         */
        private static boolean isBound(Token a, Token b) {
            if (a.kind() == Kind.SIGN || b.kind() == Kind.SIGN || a.kind() == Kind.SPACE) {
                return false;
            }
            if (b.tag().equals("udeng")) {
                return true;
            }
            if (b.length() == 1 && b.kind() == Kind.WORD && !b.is("的") && !isConjunction(b)
                    && (isMorpheme(b.tag()) || b.tag().startsWith("q") || b.tag().equals("k")
                    || (b.tag().startsWith("n") && (isNoun(a.tag()) || a.kind() == Kind.UNIT)))) {
                return true;
            }
            if (a.length() == 1 && a.kind() == Kind.WORD
                    && (a.tag().equals("h") || a.tag().equals("usuo") || a.tag().equals("mq") || isMorpheme(a.tag()))) {
                return true;
            }
            return isNumeral(a) && (isNumeral(b) || b.tag().startsWith("q"));
        }

        /** The parts of a title, found from its words: who issues it, and the 的 and kind at its end. */
        private final class Title {
            private final List<Token> tokens;
            /**
             * The token after the issuer's name (关于, 对, 印发…): 0 if the title starts with it, -1 if
             * there is none.
             */
            private final int afterIssuer;
            /** The verb of 关于 (关于|加快|发展, 关于|全面|推行) or the issuing verb (印发), or -1. */
            private final int mainVerb;
            /** The first token of the kind of document at the end (通知, 指导意见), or the size if none. */
            final int kind;
            /**
             * Whether the boundary before each token falls inside an adverbial frame (在 … 时), and
             * whether it comes right after one: the frame's localizer ends the adverbial.
             */
            private final boolean[] insideFrame;
            private final boolean[] afterFrame;

            Title(List<Token> tokens) {
                this.tokens = tokens;
                int after = -1;
                for (int x = 0; x < tokens.size(); x++) {
                    Token t = tokens.get(x);
                    if (t.is("关于") || t.is("对") || ISSUING_VERBS.contains(t.text())) {
                        after = x;
                        break;
                    }
                    if (!isNounLike(t.tag()) && t.kind() != Kind.SIGN && t.kind() != Kind.UNIT) {
                        break;
                    }
                }
                this.afterIssuer = after;
                int verb = -1;
                if (after >= 0) {
                    int v = after + (isPreposition(tokens.get(after)) ? 1 : 0);
                    while (v < tokens.size() && (tokens.get(v).tag().equals("d") || tokens.get(v).tag().equals("ad"))) {
                        v++;
                    }
                    if (v < tokens.size() && tokens.get(v).tag().startsWith("v") && tokens.get(v).kind() == Kind.WORD) {
                        verb = v;
                        // the verbs it runs on into (商请协助做好, 加快推进) or the verbal noun it governs (加快发展)
                        if (!FORMULA_VERBS.contains(tokens.get(v).text())) {
                            while (verb + 1 < tokens.size() && isShortWord(tokens.get(verb + 1))
                                    && isVerb(tokens.get(verb + 1).tag())) {
                                verb++;
                            }
                            if (verb == v && v + 1 < tokens.size() && isShortWord(tokens.get(v + 1))
                                    && tokens.get(v + 1).tag().equals("vn")) {
                                verb = v + 1;
                            }
                        }
                    }
                }
                this.mainVerb = verb;
                int end = tokens.size();
                int de = end - 1;
                while (de > 0 && !tokens.get(de).is("的") && tokens.get(end - 1).end() - tokens.get(de).start() <= 6) {
                    de--;
                }
                this.kind = de > 0 && tokens.get(de).is("的") && de < end - 1 ? de + 1 : end;
                this.insideFrame = new boolean[tokens.size() + 1];
                this.afterFrame = new boolean[tokens.size() + 1];
                // each search stops at the next preposition, so no token is searched twice: linear
                for (int x = 0; x < tokens.size(); x++) {
                    int close = frameEnd(x);
                    if (close > 0) {
                        Arrays.fill(insideFrame, x + 1, close + 1, true);
                        afterFrame[close + 1] = true;
                    }
                }
            }

            /**
             * The localizer or 时 that closes a frame opened by the preposition at {@code x} (在…中,
             * 在…期间, 当…时), or -1 if none does before a clause ends or the frame grows wider than a line.
             */
            private int frameEnd(int x) {
                Token opener = tokens.get(x);
                if (!FRAME_OPENERS.contains(opener.text()) || !isPreposition(opener)) {
                    return -1;
                }
                for (int y = x + 1; y < kind; y++) {
                    Token t = tokens.get(y);
                    boolean clauseEnds = t.kind() == Kind.SIGN && (t.is("，") || t.is("；") || t.is("："));
                    if (prefix[t.end()] - prefix[opener.start()] > limit || clauseEnds || isPreposition(t)) {
                        return -1;
                    }
                    if (y > x + 1 && (t.tag().equals("f") || t.is("时"))) {
                        return y;
                    }
                }
                return -1;
            }

            /** Whether the boundary before token {@code x} falls inside an adverbial frame. */
            boolean insideFrame(int x) {
                return insideFrame[x];
            }

            /** How good a place to end a line the boundary before token {@code x} is; 0 is best. */
            int quality(int x) {
                Token a = tokens.get(x - 1);
                Token b = tokens.get(x);
                if (x == kind) {
                    return BEFORE_KIND;
                }
                if (b.is("的")) {
                    return x == kind - 1 ? BEFORE_FINAL_DE : BEFORE_DE; // 的通知 alone is the worst
                }
                if (afterIssuer > 0) {
                    if (x < afterIssuer) {
                        return a.is("、") ? BETWEEN_ISSUERS : INSIDE_ISSUER;
                    }
                    if (x == afterIssuer) {
                        return AFTER_ISSUER;
                    }
                    if (x == afterIssuer + 1 && isPreposition(a)) {
                        return AFTER_GUANYU;
                    }
                }
                if (afterFrame[x]) {
                    return AFTER_ADVERBIAL; // 在温家宝总理考察工作时 / 所提问题
                }
                if (b.is("关于")) {
                    return GOOD;
                }
                if (a.is("的")) {
                    return GOOD;
                }
                if (x == mainVerb + 1) {
                    return FORMULA_VERBS.contains(a.text()) ? AFTER_FORMULA_VERB : AFTER_MAIN_VERB;
                }
                if (isPreposition(a)) {
                    return AFTER_PREPOSITION;
                }
                if (isConjunction(a)) {
                    return AFTER_CONJUNCTION;
                }
                if (isConjunction(b)) {
                    return BEFORE_CONJUNCTION;
                }
                if (b.is("（") || b.is("(")) {
                    return BEFORE_PARENTHESIS;
                }
                // what a parenthesis annotates is more than its last short word: 总体规划（2018—2035年）
                if (x + 1 < tokens.size() && (tokens.get(x + 1).is("（") || tokens.get(x + 1).is("("))
                        && b.kind() == Kind.WORD && b.length() <= 2) {
                    return BEFORE_ANNOTATED;
                }
                if (a.kind() == Kind.SIGN || b.kind() == Kind.SIGN) {
                    if (a.is("，") || a.is("；")) {
                        return GOOD;
                    }
                    if (OPENING.indexOf(b.text().codePointAt(0)) >= 0) {
                        return BEFORE_OPENING;
                    }
                    // a quotation before a noun qualifies it: “无废城市”建设
                    boolean quoted = PAIRS.indexOf(a.text().codePointAt(0)) >= 0;
                    return quoted && isNounLike(b.tag()) ? MODIFIER_HEAD : AFTER_CLOSING;
                }
                if (a.kind() == Kind.UNIT && isTime(a)) {
                    return AFTER_TIME;
                }
                if (isModifier(a.tag()) || (a.tag().startsWith("q") && isNumeral(b))
                        || (a.text().endsWith("性") && (isNounLike(b.tag()) || isModifier(b.tag())))) {
                    return MODIFIER_HEAD; // 专项|整治, 第十四个|五年规划, 规范性|文件
                }
                if (isVerb(b.tag()) && !isVerb(a.tag())) {
                    return closesAdverbial(x) ? AFTER_ADVERBIAL : BEFORE_PREDICATE;
                }
                if (isModifier(b.tag())) {
                    return BEFORE_MODIFIER;
                }
                if (isPreposition(b)) {
                    return BEFORE_PREPOSITION;
                }
                if (isVerb(a.tag())) {
                    return isVerb(b.tag()) ? VERB_VERB : VERB_OBJECT;
                }
                // a noun and the noun after it, or the verbal noun that governs it (融资|担保, 网站|集约化)
                if (isNoun(a.tag()) && (isNoun(b.tag()) || b.tag().equals("vn"))) {
                    return NOUN_NOUN;
                }
                return NEUTRAL;
            }

            /**
             * Whether the tokens before {@code x} end a phrase opened by a preposition with no verb in it
         * (以哈尔滨市名义, 关于国家综合性消防救援车辆), so that a verb at {@code x} starts the predicate.
         */
        private boolean closesAdverbial(int x) {
            for (int y = x - 1; y > 0; y--) {
                Token t = tokens.get(y);
                if (isPreposition(t)) {
                    return y < x - 1 && !t.is("关于"); // 关于 governs a whole clause: 关于广东与香港合建…
                }
                if (isVerb(t.tag()) || t.kind() == Kind.SIGN && !t.is("、")) {
                    return false;
                }
            }
            return false;
        }
        }

        private static boolean isShortWord(Token t) {
            return t.kind() == Kind.WORD && t.length() <= 2;
        }

        /** A date or a year: 2018年, 2018年度, 1月1日. */
        private static boolean isTime(Token t) {
            String text = t.text();
            return text.endsWith("年") || text.endsWith("年度") || text.endsWith("月") || text.endsWith("日");
        }

        private static boolean isNoun(String tag) {
            return (tag.startsWith("n") && !tag.equals("nx")) || tag.equals("t");
        }

        private static boolean isMorpheme(String tag) {
            return tag.equals("g") || (tag.length() == 2 && tag.charAt(1) == 'g');
        }

        private static boolean isNounLike(String tag) {
            return (tag.startsWith("n") && !tag.equals("nx")) || tag.equals("vn") || tag.equals("an")
                    || tag.equals("t") || tag.equals("s") || tag.equals("f");
        }

        private static boolean isVerb(String tag) {
            return tag.startsWith("v") && !tag.equals("vn") && !tag.equals("vg");
        }

        private static boolean isModifier(String tag) {
            return tag.equals("a") || tag.equals("ad") || tag.equals("b") || tag.equals("bl") || tag.equals("d")
                    || tag.equals("z") || tag.equals("m") || tag.equals("mq");
        }

        private static boolean isNumeral(Token t) {
            return t.tag().equals("m") || t.tag().equals("mq");
        }

        private static boolean isPreposition(Token t) {
            return t.tag().startsWith("p") && t.kind() == Kind.WORD;
        }

        private static boolean isConjunction(Token t) {
            return CONJUNCTIONS.contains(t.text());
        }

        /**
         * Quotations and titles in brackets stay whole when they fit on a line; a longer one may break
         * between its words, at a price.
         */
        private void scoreQuotations() {
            int[] stack = new int[n];
            int depth = 0;
            for (int i = 0; i < n; i++) {
                int c = cps[i];
                int pair = PAIRS.indexOf(c);
                if (pair < 0) {
                    continue;
                }
                if (pair % 2 == 0) {
                    stack[depth++] = i;
                } else if (depth > 0 && cps[stack[depth - 1]] == PAIRS.charAt(pair - 1)) {
                    int open = stack[--depth];
                    // a quotation that fits stays whole; a book title (《》) may break between its
                    // words, at a price, as offices break it: 关于印发《…集约化 / 试点工作方案》的通知
                    boolean fits = prefix[i + 1] - prefix[open] <= limit;
                    boolean whole = fits && c != '》';
                    for (int k = open + 1; k <= i; k++) {
                        if (whole) {
                            hard[k] = Math.max(hard[k], broken);
                        } else if (hard[k] == 0) {
                            soft[k] += INSIDE_QUOTATION;
                        }
                    }
                }
            }
        }

        /** A mark, a variation selector or a joined emoji belongs to the character before it. */
        private void scoreClusters() {
            for (int k = 1; k < n; k++) {
                int c = cps[k];
                int type = Character.getType(c);
                boolean joined = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK || c == 0x200D || cps[k - 1] == 0x200D
                        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
                        || (c >= 0x1F3FB && c <= 0x1F3FF);
                if (joined) {
                    hard[k] = brokenCluster;
                }
            }
        }

        // ---- the search ----

        /** The break points (code point indices) of the cheapest arrangement. */
        int[] bestCuts() {
            int[] lo = new int[n + 1];
            long work = 0;
            for (int i = 1, j = 0; i <= n; i++) {
                while (prefix[i] - prefix[j] > limit) {
                    j++;
                }
                lo[i] = j; // a single code point is at most 2 halves, so j < i
                work += (long) (i - j) * (i - j);
            }
            return work <= SHAPED_WORK ? shapedCuts(lo) : plainCuts(lo);
        }

        private static long lineCost(int width) {
            return LINE + (width <= 2 ? BAD_SHAPE : 0);
        }

        /**
         * The last line may be wider than the one above it by a few characters (正梯形), but a much
         * wider one makes the title bottom-heavy: offices let the upper line be far longer, never the
         * lower (the State Council's by at most four characters).
         */
        private static long steepRise(int rise) {
            long steep = Math.max(0, rise - GENTLE_RISE);
            return STEEP_RISE * steep * steep;
        }

        private static long shortCost(int width) {
            return width <= SHORT_WIDTH ? SHORT_LINE : 0;
        }

        /**
         * The cost of two adjacent lines differing by {@code d} half-width units: growing faster
         * than the difference, so that two small differences cost less than one large one.
         */
        private static long imbalance(int d) {
            long a = Math.abs((long) d);
            return a + a * a / 8;
        }

        /**
         * The full search: the state is the last line [j, i) and whether the lengths have fallen yet
         * (phase 1), so that a rise after a fall — an hourglass — can be charged.
         */
        private int[] shapedCuts(int[] lo) {
            long[][] bestHard = new long[n + 1][];
            long[][] bestSoft = new long[n + 1][];
            int[][] back = new int[n + 1][];
            for (int i = 1; i <= n; i++) {
                int size = 2 * (i - lo[i]);
                bestHard[i] = new long[size];
                bestSoft[i] = new long[size];
                back[i] = new int[size];
                Arrays.fill(bestHard[i], Long.MAX_VALUE);
                for (int j = lo[i]; j < i; j++) {
                    int width = prefix[i] - prefix[j];
                    int at = 2 * (j - lo[i]);
                    if (j == 0) {
                        bestHard[i][at] = lineCost(width);
                        bestSoft[i][at] = shortCost(width);
                        back[i][at] = -1;
                        continue;
                    }
                    long lineHard = lineCost(width) + hard[j];
                    long lineSoft = shortCost(width) + soft[j];
                    for (int h = lo[j]; h < j; h++) {
                        int above = prefix[j] - prefix[h];
                        for (int phase = 0; phase < 2; phase++) {
                            int from = 2 * (h - lo[j]) + phase;
                            if (bestHard[j][from] == Long.MAX_VALUE) {
                                continue;
                            }
                            long costHard = bestHard[j][from] + lineHard;
                            long costSoft = bestSoft[j][from] + lineSoft + imbalance(above - width);
                            if (h == 0 && i == n && j == issuerEnd) {
                                costSoft += ISSUER_ALONE_OF_TWO;
                            }
                            int next = phase;
                            if (width < above - SAME_WIDTH) {
                                next = 1;
                            } else if (width > above + SAME_WIDTH) {
                                if (phase == 1) {
                                    costHard += BAD_SHAPE; // an hourglass: the line above was a waist
                                }
                                next = 0;
                                if (i == n) {
                                    costSoft += LOWER_LINE_LONGER + steepRise(width - above)
                                            + (h > 0 ? LAST_OF_MANY_LONGER : 0);
                                }
                            }
                            int to = at + next;
                            if (costHard < bestHard[i][to] || (costHard == bestHard[i][to] && costSoft < bestSoft[i][to])) {
                                bestHard[i][to] = costHard;
                                bestSoft[i][to] = costSoft;
                                back[i][to] = from;
                            }
                        }
                    }
                }
            }
            int best = -1;
            for (int s = 0; s < bestHard[n].length; s++) {
                if (bestHard[n][s] != Long.MAX_VALUE && (best < 0 || bestHard[n][s] < bestHard[n][best]
                        || (bestHard[n][s] == bestHard[n][best] && bestSoft[n][s] < bestSoft[n][best]))) {
                    best = s;
                }
            }
            List<Integer> cuts = new ArrayList<>();
            int i = n;
            int state = best;
            while (true) {
                int j = lo[i] + state / 2;
                if (j == 0) {
                    break;
                }
                cuts.add(0, j);
                state = back[i][state];
                i = j;
            }
            return cuts.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * For inputs far longer than any title, where the full search would be slow: the same hard
         * costs without the shape, and lines filled as far as they go.
         */
        private int[] plainCuts(int[] lo) {
            long[] bestHard = new long[n + 1];
            long[] bestSoft = new long[n + 1];
            int[] back = new int[n + 1];
            Arrays.fill(bestHard, 1, n + 1, Long.MAX_VALUE);
            for (int i = 1; i <= n; i++) {
                for (int j = lo[i]; j < i; j++) {
                    int width = prefix[i] - prefix[j];
                    long costHard = bestHard[j] + lineCost(width) + hard[j];
                    long costSoft = bestSoft[j] + soft[j] + shortCost(width) + (i < n ? imbalance(limit - width) : 0);
                    if (costHard < bestHard[i] || (costHard == bestHard[i] && costSoft < bestSoft[i])) {
                        bestHard[i] = costHard;
                        bestSoft[i] = costSoft;
                        back[i] = j;
                    }
                }
            }
            List<Integer> cuts = new ArrayList<>();
            for (int i = back[n]; i > 0; i = back[i]) {
                cuts.add(0, i);
            }
            return cuts.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isAlphanumeric(int cp) {
        return (cp < 0x250 && Character.isLetterOrDigit(cp)) || (cp >= 0xFF10 && cp <= 0xFF19)
                || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
    }
}
