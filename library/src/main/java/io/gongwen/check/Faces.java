package io.gongwen.check;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles a Chinese face plays in a document, whatever name Windows, macOS, WPS or a 方正 font
 * gives it: 仿宋_GB2312, 仿宋, FangSong, 方正仿宋_GBK, STFangsong and 华文仿宋 are one face for the checker.
 */
enum Faces {
    /** 仿宋: body text, levels 3 and 4. */
    FANGSONG("仿宋（仿宋_GB2312）", "仿宋 (FangSong)"),
    /** 黑体: level-1 headings, 密级 and 紧急程度. */
    HEI("黑体", "黑体 (SimHei)"),
    /** 楷体: level-2 headings, 签发人's names. */
    KAI("楷体", "楷体 (KaiTi)"),
    /** 小标宋: the title and the mark. */
    XIAOBIAOSONG("小标宋体", "a 小标宋 (XiaoBiaoSong) face"),
    /** 宋体: page numbers. */
    SONG("宋体", "宋体 (SimSun)");

    private final String chinese;
    private final String english;

    Faces(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The role's name in a Chinese message. */
    String chinese() {
        return chinese;
    }

    /** The role's name in an English message. */
    String english() {
        return english;
    }

    /** The role a face name plays, or empty for a face of none of them (微软雅黑, Calibri). */
    static Optional<Faces> of(String face) {
        String f = face.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        if (f.contains("小标宋") || f.contains("xiaobiaosong") || f.contains("xbs")) {
            return Optional.of(XIAOBIAOSONG);
        }
        if (f.contains("仿宋") || f.contains("fangsong") || f.contains("fsgb2312")) {
            return Optional.of(FANGSONG);
        }
        if (f.contains("楷") || f.contains("kaiti") || f.contains("stkai") || f.equals("kai")) {
            return Optional.of(KAI);
        }
        // 微软雅黑 / Microsoft YaHei is a sans face of its own, not 黑体
        if (!f.contains("雅黑") && !f.contains("yahei")
                && (f.contains("黑体") || f.contains("simhei") || f.contains("heiti") || f.contains("fzhei")
                || f.equals("黑") || f.contains("方正黑"))) {
            return Optional.of(HEI);
        }
        if (!f.contains("中宋") && !f.contains("zhongsong") && (f.contains("宋") || f.contains("simsun")
                || f.contains("songti") || f.contains("stsong") || f.contains("shusong"))) {
            return Optional.of(SONG);
        }
        return Optional.empty();
    }

    /** Whether a face plays the role the wanted face plays (or is the very face). */
    static boolean fits(String wanted, String face) {
        if (face.equals(wanted)) {
            return true;
        }
        Optional<Faces> role = of(wanted);
        return role.isPresent() && role.equals(of(face));
    }
}
