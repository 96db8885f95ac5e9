package io.gongwen.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head block's fields and the recipients: {@link Rule#SECRECY} (GB/T 9704-2012 §7.2.1–7.2.2: a
 * 密级 needs a 份号; a 保密期限 beyond what the 密级 allows — 绝密 30, 机密 20, 秘密 10 years),
 * {@link Rule#URGENCY} (§7.2.3: 特急 or 加急) and {@link Rule#RECIPIENTS} (a unit in both 主送 and 抄送).
 */
final class HeadBlockRules implements TextRules {
    private static final Pattern PERIOD = Pattern.compile("^([0-9]{1,3})(年|个月)$");
    private static final Pattern SPACED = Pattern.compile("^(特|加)[ \\u3000]+急$");
    private static final Pattern COPIED = Pattern.compile("^抄[ \\u3000]*送[ \\u3000]*[：:](.*)$");
    private static final Pattern UNITS = Pattern.compile("[、，,；;]");

    @Override
    public void check(Text text, List<Finding> out) {
        Parts parts = text.parts();
        boolean copy = parts.head.stream().anyMatch(l -> Parts.COPY.matcher(text.content(l)).matches());
        for (int line : parts.head) {
            String c = text.content(line);
            int indent = text.indent(line);
            Matcher m = Parts.SECRECY.matcher(c);
            if (m.matches()) {
                secrecy(out, line, indent, m, copy);
            }
            if (Parts.URGENCY.matcher(c).matches()) {
                urgency(out, line, indent, c);
            }
        }
        recipients(text, parts, out);
    }

    private static void secrecy(List<Finding> out, int line, int indent, Matcher m, boolean copy) {
        if (!copy) {
            out.add(new Finding(Rule.SECRECY, Severity.WARNING, line, indent, "涉密公文应当标注份号",
                    "a classified document carries a copy number (份号)", Optional.empty()));
        }
        String period = m.group(2);
        if (period == null || period.isEmpty()) {
            return;
        }
        Matcher p = PERIOD.matcher(period);
        int most = switch (m.group(1)) {
            case "绝密" -> 30;
            case "机密" -> 20;
            default -> 10;
        };
        if (p.matches() && p.group(2).equals("年") && Integer.parseInt(p.group(1)) > most) {
            out.add(new Finding(Rule.SECRECY, Severity.WARNING, line, indent,
                    m.group(1) + "级事项的保密期限一般不超过" + most + "年，实为" + period,
                    "a " + m.group(1) + " matter is kept secret for at most " + most + " years as a rule, not " + period,
                    Optional.empty()));
        } else if (!p.matches() && !period.equals("长期")) {
            out.add(new Finding(Rule.SECRECY, Severity.WARNING, line, indent,
                    "保密期限应写作“1年”“6个月”或“长期”，实为“" + period + "”",
                    "a secrecy period reads \"1年\", \"6个月\" or \"长期\", not \"" + period + "\"", Optional.empty()));
        }
    }

    private static void urgency(List<Finding> out, int line, int indent, String c) {
        Matcher spaced = SPACED.matcher(c);
        if (spaced.matches()) {
            out.add(TextRules.at(Rule.URGENCY, Severity.WARNING, line, indent, c.length(), spaced.group(1) + "急",
                    "紧急程度应写作“" + spaced.group(1) + "急”，中间不空格", "write the urgency \"" + spaced.group(1)
                            + "急\" without a space"));
        } else if (!c.equals("特急") && !c.equals("加急")) {
            out.add(new Finding(Rule.URGENCY, Severity.WARNING, line, indent,
                    "紧急程度应标注为“特急”或“加急”，实为“" + c + "”",
                    "the urgency is 特急 or 加急, not \"" + c + "\"", Optional.empty()));
        }
    }

    /** The 抄送 line (§7.4.2): its last unit ends with 。; no unit is also a main recipient. */
    private static void recipients(Text text, Parts parts, List<Finding> out) {
        Set<String> main = units(String.join("、", parts.addressees.stream().map(text::content).toList()));
        for (int l = text.first(); l != 0; l = text.next(l)) {
            Matcher m = COPIED.matcher(text.content(l));
            if (!m.matches()) {
                continue;
            }
            String copied = m.group(1);
            // the list may run on over the next line
            int next = text.next(l);
            String after = next == 0 ? "" : text.content(next);
            boolean runsOn = copied.matches(".*[，,、；;]$")
                    || after.endsWith("。") && !after.contains("：") && !after.contains(":");
            if (!copied.isBlank() && !copied.endsWith("。") && !runsOn) {
                String c = text.content(l);
                String end = c.replaceFirst("[.]$", "");
                out.add(TextRules.at(Rule.RECIPIENTS, Severity.WARNING, l, text.indent(l) + end.length(),
                        c.length() - end.length(), "。", "抄送机关最后一个名称后应标句号“。”",
                        "the last unit copied ends with \"。\""));
            }
            if (runsOn) {
                copied += "、" + after;
            }
            for (String unit : units(copied)) {
                if (main.contains(unit)) {
                    out.add(new Finding(Rule.RECIPIENTS, Severity.WARNING, l, text.indent(l),
                            "“" + unit + "”同时列于主送机关和抄送机关", "\"" + unit + "\" is both a main and a copied recipient",
                            Optional.empty()));
                }
            }
        }
    }

    private static Set<String> units(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String u : UNITS.split(list.replaceAll("[：:。.]+$", ""))) {
            String unit = u.strip().replaceAll("^[\\u3000]+|[\\u3000]+$", "");
            if (unit.length() >= 2) {
                out.add(unit);
            }
        }
        return out;
    }
}
