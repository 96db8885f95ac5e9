package io.gongwen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Breaks a long title (标题, 2号 小标宋) into centred lines the way GB/T 9704-2012 §7.3.1 asks: "回行时，
 * 要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形" — keep words and phrases whole,
 * arrange the lines symmetrically with sensible lengths, as a trapezoid or a diamond.
 *
 * <p>Widths are counted in full-width characters: a Chinese character or full-width sign is 1, an
 * ASCII character or a Latin letter is 1/2, a combining mark or zero-width character 0.
 *
 * <p>The breaker chooses among the places a line may end, in this order of importance:
 * <ol>
 *   <li><b>No broken words.</b> Words are found by forward and backward maximum matching against a
 *       built-in lexicon of the words 公文 titles are made of (关于, 印发, 安全生产, 人民政府, 实施方案 …);
 *       runs of letters and digits stay whole with the 年/月/日/号 after them (2021年, 5G, 2021—2025年),
 *       as do document numbers (〔2020〕5号), ordinals (第三批, 三年) and any quotation or title in
 *       “” 《》 （） that fits on a line (a longer one breaks only between its words). Punctuation never
 *       starts a line, an opening bracket never ends one, and a surrogate pair is never split. A unit
 *       wider than a line is broken at the width all the same.</li>
 *   <li><b>The fewest lines</b>, with one more only to avoid a line of a single character or an
 *       hourglass (a line shorter than one above and one below it): the lengths go up and then down,
 *       a trapezoid (梯形) or a diamond (菱形).</li>
 *   <li><b>Good places to break</b>: before 关于; before 印发/转发 after the issuer's name; after 的
 *       (the 的 ends the upper line); before 和/与/及. Not after 关于, not before 的, not inside a name
 *       the lexicon does not know.</li>
 *   <li><b>Balance</b>: lines of similar length; of two lines, the upper one rather longer (倒梯形).</li>
 * </ol>
 * The choice is a dynamic programme over the break points, whose state is the last line and whether
 * the lengths have started to fall, so that an hourglass can be seen. A title of 60 characters takes
 * well under a millisecond; 250 characters take about 1 ms at 20 characters a line and some 10–30 ms
 * at 100 or more, where each line has many more places to end.
 */
public final class TitleBreaker {
    /** The narrowest line accepted, in full-width characters. */
    private static final double MIN_WIDTH = 4;

    // Costs that decide between the candidates that remain once the hard costs are equal. The
    // preferred places to break weigh more than balance and orientation, as in §7.3.1's own order:
    // words and phrases first, then the shape.
    private static final int LOWER_LINE_LONGER = 150;
    private static final int SHORT_LINE = 200;
    private static final int GOOD = 0;
    private static final int CONJUNCTION = 60;
    private static final int BEFORE_OPENING = 60;
    private static final int AFTER_CLOSING = 80;
    private static final int NEUTRAL = 150;
    private static final int INSIDE_QUOTATION = 200;
    private static final int NEXT_TO_UNKNOWN = 250;
    private static final int BEFORE_DE = 250;
    private static final int INSIDE_NAME = 300;
    private static final int AFTER_GUANYU = 500;
    private static final int UNKNOWN_PAIR = 600;

    // Hard costs, compared before any soft cost: a line costs 2, a bad shape 3, so one more line is
    // worth it to avoid a bad shape but not to improve balance. Breaks inside words are weighted per
    // title (see Costs) so that none is ever traded for lines.
    private static final long LINE = 2;
    private static final long BAD_SHAPE = 3;

    /** Two widths closer than this (in half-width units) look equal. */
    private static final int SAME_WIDTH = 1;
    /** A line this narrow or narrower (in half-width units), such as 通知 alone, looks stranded. */
    private static final int SHORT_WIDTH = 5;

    private static final String OPENING = "([{（［｛《〈「『【〔〖“‘";
    private static final String CLOSING = ")]}）］｝》〉」』】〕〗”’，。、；：？！,.;:?!…％%";
    private static final String GLUING = "·・•‧";
    private static final String PAIRS = "（）()《》〈〉「」『』【】“”‘’〖〗［］[]";
    private static final String CONNECTORS = "-./:_+&'—–～~";
    private static final String NUMERALS = "零〇一二三四五六七八九十百千万两";
    private static final String PLACE_SUFFIXES = "省市县区州盟旗镇乡村";
    private static final String[] UNIT_SUFFIXES = {"年度", "周年", "季度", "月份", "个月", "年", "月", "日", "号",
        "批", "次", "届", "期", "项", "个", "条", "名", "家", "万", "亿", "余", "版", "级", "倍", "天", "元",
        "%", "％"};
    private static final String[] MEASURES = {"季度", "周年", "年度", "个月", "批", "次", "届", "期", "项", "个", "年",
        "号", "条", "轮", "类", "种", "家", "名", "位", "件", "章", "节", "天", "月", "日"};

    private static final Set<String> ISSUING_VERBS = Set.of("印发", "转发", "批转", "印送");
    private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及", "以及", "并", "暨", "或");
    private static final Set<String> ORGANISATION_SUFFIXES = Set.of("人民政府", "政府", "办公室", "办公厅",
        "委员会", "常务委员会", "人民代表大会", "领导小组", "工作领导小组", "党委", "党组", "指挥部", "工作组",
        "管理局", "人民法院", "人民检察院");

    /**
     * Single characters that are words of their own; any other lone Chinese character is taken to
     * be part of a name the lexicon does not know.
     */
    private static final String SINGLE_WORDS = "的和与及并暨或对在为等将由从向按把于其之中上下内外后前新好大小各全本该此"
        + "第年月日省市县区州镇乡村局厅部委办院处科室所站会函队组所份项批次届期号";

    /**
     * The lexicon: words of 公文 titles, grouped by what they are. Maximum matching takes the longest
     * word that fits, so compounds (安全生产, 实施方案) are listed beside their parts.
     */
    private static final String LEXICON = String.join(" ",
        // structure of a title
        "关于 对于 有关 相关 进一步 切实 认真 全力 全面 深入 扎实 持续 加快 加大 加强 做好 抓好 开展 组织 举办",
        "召开 印发 转发 批转 印送 公布 发布 下达 下发 颁布 实施 执行 贯彻 落实 贯彻落实 学习 宣传 学习宣传 推进",
        "推动 促进 提升 提高 完善 健全 建立 建立健全 规范 优化 强化 深化 推广 支持 保障 保护 防范 防控 防治",
        "整治 治理 整改 清理 排查 检查 督查 督导 考核 评估 评价 验收 审批 审核 审查 备案 申报 申请 报送 报备",
        "确保 调整 成立 撤销 设立 更名 变更 任免 任命 免去 聘任 表彰 表扬 奖励 批评 处理 处分 命名 认定",
        "授予 确定 明确 公示 征求 征集 开放 启用 停止 废止 修订 修改 印制 编制 制定 起草 部署 安排 动员 推荐",
        "选拔 评选 增补 补选 换届 选举 召集 参加 做好 统筹 协调 联系 服务 指导 帮扶 对口 结对 共建 申办",
        "进行 实行 试行 暂行 施行 开始 继续 不断 着力 大力 积极 稳妥 有序 依法 严格 严厉 打击 查处 惩治",
        "集中 开展 报名 录用 招聘 招录 考试 培训 轮训 调研 督办 交办 办理 答复 回复 反馈 通过 批准 同意",
        // kinds of document
        "通知 通报 意见 决定 决议 命令 公报 公告 通告 议案 请示 报告 批复 复函 纪要 会议纪要 方案 办法 规定",
        "规则 细则 实施细则 条例 规划 计划 要点 工作要点 总结 工作总结 标准 指南 指引 制度 措施 若干措施",
        "建议 提案 说明 情况 情况报告 名单 名录 目录 清单 实施方案 工作方案 行动方案 应急预案 预案 管理办法",
        "实施办法 暂行办法 暂行规定 实施意见 指导意见 工作意见 工作安排 工作计划 工作报告 专项报告 会议",
        // subjects
        "安全生产 安全 生产 消防 消防安全 交通 道路交通 交通安全 食品 药品 食品安全 药品安全 疫情 疫情防控",
        "新冠肺炎 新型冠状病毒 肺炎 常态化 应急 应急管理 突发事件 自然灾害 防汛 抗旱 防汛抗旱 森林防火",
        "环境 生态 环境保护 生态环境 污染 污染防治 大气 土壤 乡村振兴 脱贫 攻坚 脱贫攻坚 扶贫 农业 农村",
        "农民 三农 粮食 耕地 教育 卫生 健康 医疗 医保 养老 就业 创业 社会保障 社保 住房 保障性 住房保障",
        "城市 城乡 社区 基层 社会治理 营商环境 招商引资 项目 重点项目 重大项目 投资 资金 财政 预算 决算",
        "审计 税收 金融 经济 经济社会 高质量 高质量发展 发展 改革 创新 科技 数字 数字化 信息化 信息 网络",
        "网络安全 数据 政务 政务服务 放管服 一网通办 互联网 平台 党建 党风廉政 廉政 建设 党风 作风 作风建设",
        "纪律 纪检 监察 巡察 巡视 主题教育 党史 学习教育 意识形态 思想 政治 文明 精神文明 文明城市 创建",
        "文化 旅游 体育 人才 干部 队伍 队伍建设 机构 人事 人员 工作人员 公务员 事业单位 国有企业 企业",
        "民营企业 中小企业 市场 市场监管 监管 监督 管理 质量 价格 统计 普查 人口 专项 专项行动 专项整治",
        "行动 活动 工作 任务 责任 责任制 目标 机制 体系 能力 水平 效率 效能 秩序 稳定 维护 社会 和谐 平安",
        "法治 行政 执法 法律 法规 政策 文件 精神 要求 重要 重大 重点 主要 事项 有关事项 事宜 相关事宜",
        "生产经营 经营 单位 隐患 风险 问题 矛盾 纠纷 排查整治 隐患排查 安全隐患 大排查 大整治 三年行动",
        "运行 经济运行 防灾减灾 减灾 救灾 抢险 灾害 地质灾害 危险化学品 化学品 危险 非法 违法 违规 整顿",
        "秸秆 禁烧 燃放 烟花爆竹 烟花 爆竹 值班 值守 值班值守 假日 节日 节假日 期间 假期 汛期 近期 当前",
        "今年 明年 去年 今后 时期 阶段 年度 上半年 下半年 全年 季度 第一季度 元旦 春节 元旦春节 国庆 中秋",
        "清明 劳动节 国庆节 春运 两节 十四五 十三五 五年 规划纲要 纲要 远景目标 目标任务 考核办法",
        // people and honours
        "先进 集体 个人 先进集体 先进个人 优秀 表现 突出 同志 工作者 模范 标兵 示范 试点 示范区 典型",
        "经验 做法 成效 成果 先进典型 劳动模范 优秀共产党员 共产党员 党员 党组织 基层党组织 党务 教师",
        "学生 学校 医院 医务人员 志愿者 志愿服务 退役军人 军人 老干部 离退休 退休 职工 群众 人民群众",
        // organisations and places
        "人民政府 政府 办公室 办公厅 委员会 常务委员会 人民代表大会 人大 政协 党委 党组 纪委 组织部 宣传部",
        "统战部 领导小组 小组 工作领导小组 指挥部 工作组 管理局 中心 单位 部门 机关 各级 各部门 各单位",
        "省直 市直 县直 直属 相关部门 有关部门 有关单位 街道 乡镇 村委会 居委会 国务院 中共 中央 全国 省委",
        "市委 县委 区委 省政府 市政府 县政府 区政府 公安 公安局 财政局 教育局 卫生健康 卫健委 发展改革",
        "发改委 住房和城乡建设 城乡建设 自然资源 生态环境局 应急管理局 市场监督管理局 交通运输 水利",
        "农业农村 商务 人力资源 人力资源和社会保障 民政 司法 退役军人事务 事务 人民法院 人民检察院 法院",
        "检察院 全市 全省 全县 全区 我市 我省 我县 本市 各地 各类 各项 县区 市县 乡镇街道 开发区 高新区",
        "新区 园区 工业园区 产业园 产业 工业 服务业 制造业 商贸 物流 电商 电子商务 能源 电力 供水 供电",
        "供暖 燃气 城镇 城镇燃气 老旧小区 小区 改造 更新 城市更新 棚户区 物业 物业管理 房地产 土地 规划",
        "省级 市级 县级 国家级 非物质文化遗产 物质 文化遗产 遗产 代表性 代表 项目名录 三年行动方案 国民经济",
        "国民经济和社会发展 社会发展 执行情况 决策部署 党中央 稳就业 保民生 就业 民生 形势 形势下 公司 名称",
        "乡村旅游 重点村 现代化 农业农村现代化 新能源 汽车 新能源汽车 发展规划 若干 实践活动 实践 办实事",
        "一个时期 数据中心 当前和今后",
        // connecting words
        "以及 及其 进而 通过 根据 按照 围绕 结合 其他 其它 有效 有力 高效 常态 长效 长效机制 工作机制");

    private static final Set<String> WORDS = new HashSet<>(Arrays.asList(LEXICON.split(" ")));
    private static final int LONGEST_WORD = WORDS.stream().mapToInt(String::length).max().orElse(1);

    private TitleBreaker() {
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
     *         to avoid a broken word, a line of a single character or an hourglass shape
     * @throws InvalidDocumentException (field {@code "title"}) if the title is null or blank or
     *                                  {@code maxWidth} is less than 4
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
        Costs costs = new Costs(codePoints, prefix, limit);
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

    private enum Kind { WORD, UNKNOWN, UNIT, SPACE, SIGN }

    private record Token(int start, int end, Kind kind, String text) {
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

        Costs(int[] cps, int[] prefix, int limit) {
            this.cps = cps;
            this.prefix = prefix;
            this.limit = limit;
            this.n = cps.length;
            this.hard = new long[n + 1];
            this.soft = new int[n + 1];
            // one broken word must outweigh every line and bad shape a title can have
            this.broken = 8L * (n + 1);
            this.brokenCluster = 4 * broken;
            List<Token> tokens = tokenize();
            scoreBoundaries(tokens);
            scoreQuotations();
            scoreClusters();
        }

        private String text(int from, int to) {
            return new String(cps, from, to - from);
        }

        // ---- tokens ----

        private List<Token> tokenize() {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int hanStart = -1;
            while (i < n) {
                int end = unitEnd(i);
                if (end > i) {
                    if (hanStart >= 0) {
                        segment(hanStart, i, tokens);
                        hanStart = -1;
                    }
                    tokens.add(new Token(i, end, Kind.UNIT, text(i, end)));
                    i = end;
                } else if (isHan(cps[i])) {
                    if (hanStart < 0) {
                        hanStart = i;
                    }
                    i++;
                } else {
                    if (hanStart >= 0) {
                        segment(hanStart, i, tokens);
                        hanStart = -1;
                    }
                    Kind kind = Character.isWhitespace(cps[i]) || Character.isSpaceChar(cps[i]) ? Kind.SPACE : Kind.SIGN;
                    tokens.add(new Token(i, i + 1, kind, text(i, i + 1)));
                    i++;
                }
            }
            if (hanStart >= 0) {
                segment(hanStart, n, tokens);
            }
            return withIssuerCodes(tokens);
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
                    int taken = 0;
                    while (taken < 4 && !out.isEmpty()) {
                        Token last = out.get(out.size() - 1);
                        boolean code = last.end() - last.start() == 1 && (last.kind() == Kind.UNKNOWN
                                || (last.kind() == Kind.WORD && !CONJUNCTIONS.contains(last.text()) && !last.text().equals("的")));
                        if (!code) {
                            break;
                        }
                        start = last.start();
                        out.remove(out.size() - 1);
                        taken++;
                    }
                    t = new Token(start, t.end(), Kind.UNIT, text(start, t.end()));
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

        /**
         * Splits a run of Chinese characters into words by forward and by backward maximum matching
         * and keeps the better: fewer words, then fewer unknown characters, then the backward one,
         * which is right more often in Chinese.
         */
        private void segment(int from, int to, List<Token> out) {
            int len = to - from;
            int[] longestFrom = new int[len];
            int[] earliestTo = new int[len + 1];
            for (int k = 0; k < len; k++) {
                longestFrom[k] = k + 1;
                earliestTo[k + 1] = k;
            }
            for (int s = 0; s < len; s++) {
                for (int l = 2; l <= LONGEST_WORD && s + l <= len; l++) {
                    if (WORDS.contains(text(from + s, from + s + l))) {
                        match(longestFrom, earliestTo, s, s + l);
                    }
                }
                for (int e : numeralEnds(from + s, to)) {
                    match(longestFrom, earliestTo, s, e - from);
                }
            }
            List<int[]> forward = new ArrayList<>();
            for (int s = 0; s < len; s = longestFrom[s]) {
                forward.add(new int[] {s, longestFrom[s]});
            }
            List<int[]> backward = new ArrayList<>();
            for (int e = len; e > 0; e = earliestTo[e]) {
                backward.add(0, new int[] {earliestTo[e], e});
            }
            List<int[]> chosen = backward;
            if (forward.size() < backward.size()
                    || (forward.size() == backward.size() && unknowns(forward, from) < unknowns(backward, from))) {
                chosen = forward;
            }
            for (int[] w : chosen) {
                String word = text(from + w[0], from + w[1]);
                Kind kind = w[1] - w[0] == 1 && SINGLE_WORDS.indexOf(word) < 0 ? Kind.UNKNOWN : Kind.WORD;
                out.add(new Token(from + w[0], from + w[1], kind, word));
            }
        }

        private static void match(int[] longestFrom, int[] earliestTo, int s, int e) {
            longestFrom[s] = Math.max(longestFrom[s], e);
            earliestTo[e] = Math.min(earliestTo[e], s);
        }

        private int unknowns(List<int[]> words, int from) {
            int count = 0;
            for (int[] w : words) {
                if (w[1] - w[0] == 1 && SINGLE_WORDS.indexOf(cps[from + w[0]]) < 0) {
                    count++;
                }
            }
            return count;
        }

        /** Ends of numeral phrases starting at {@code s}: 第三, 第三批, 三年, 二〇二一年 (a bare 三 is not one). */
        private List<Integer> numeralEnds(int s, int to) {
            int j = s;
            boolean ordinal = cps[j] == '第';
            if (ordinal) {
                j++;
            }
            int digits = j;
            while (j < to && NUMERALS.indexOf(cps[j]) >= 0) {
                j++;
            }
            if (j == digits) {
                return List.of();
            }
            List<Integer> ends = new ArrayList<>(2);
            if (ordinal) {
                ends.add(j);
            }
            int measured = suffixEnd(j, MEASURES);
            if (measured > j && measured <= to) {
                ends.add(measured);
            }
            return ends;
        }

        // ---- costs of the boundaries ----

        private void scoreBoundaries(List<Token> tokens) {
            for (Token t : tokens) {
                for (int k = t.start() + 1; k < t.end(); k++) {
                    hard[k] = broken;
                }
            }
            for (int x = 1; x < tokens.size(); x++) {
                Token a = tokens.get(x - 1);
                Token b = tokens.get(x);
                int k = b.start();
                if (isGlued(a, b)) {
                    hard[k] = broken;
                } else {
                    soft[k] = quality(a, b);
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

        /** How good a place to end a line the boundary between two words is; 0 is best. */
        private static int quality(Token a, Token b) {
            String left = a.text();
            String right = b.text();
            if (right.equals("关于")) {
                return GOOD;
            }
            if (left.equals("关于")) {
                return AFTER_GUANYU;
            }
            if (ISSUING_VERBS.contains(right) || left.equals("的")) {
                return GOOD;
            }
            if (right.equals("的")) {
                return BEFORE_DE;
            }
            if (CONJUNCTIONS.contains(right)) {
                return CONJUNCTION;
            }
            if (CONJUNCTIONS.contains(left)) {
                return INSIDE_NAME;
            }
            if (ORGANISATION_SUFFIXES.contains(right)) {
                return INSIDE_NAME;
            }
            boolean nameBefore = a.kind() == Kind.UNKNOWN || (a.kind() == Kind.UNIT && !hasDigit(left));
            if (nameBefore && right.length() == 1 && PLACE_SUFFIXES.contains(right)) {
                return UNKNOWN_PAIR;
            }
            if (a.kind() == Kind.UNKNOWN && b.kind() == Kind.UNKNOWN) {
                return UNKNOWN_PAIR;
            }
            if (a.kind() == Kind.UNKNOWN || b.kind() == Kind.UNKNOWN) {
                return NEXT_TO_UNKNOWN;
            }
            if (OPENING.indexOf(right.codePointAt(0)) >= 0) {
                return BEFORE_OPENING;
            }
            if (CLOSING.indexOf(left.codePointBefore(left.length())) >= 0) {
                return AFTER_CLOSING;
            }
            return NEUTRAL;
        }

        private static boolean hasDigit(String s) {
            return s.codePoints().anyMatch(Character::isDigit);
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
                    boolean fits = prefix[i + 1] - prefix[open] <= limit;
                    for (int k = open + 1; k <= i; k++) {
                        if (fits) {
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
            return work <= 40_000_000L ? shapedCuts(lo) : plainCuts(lo);
        }

        private static long lineCost(int width) {
            return LINE + (width <= 2 ? BAD_SHAPE : 0);
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
            return 5 * a + a * a / 2;
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
                            int next = phase;
                            if (width < above - SAME_WIDTH) {
                                next = 1;
                            } else if (width > above + SAME_WIDTH) {
                                if (phase == 1) {
                                    costHard += BAD_SHAPE; // an hourglass: the line above was a waist
                                }
                                next = 0;
                                if (i == n) {
                                    costSoft += LOWER_LINE_LONGER;
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
