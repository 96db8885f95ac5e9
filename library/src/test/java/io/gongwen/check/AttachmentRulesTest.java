package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentRulesTest {
    private static final String HEAD = "关于开展安全检查的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n";
    private final TextChecker checker = new TextChecker();

    private List<String> found(String text) {
        return checker.check(text).stream().map(Finding::toString).toList();
    }

    @Test
    void gives_the_note_a_full_width_colon_and_takes_punctuation_off_the_names() {
        String text = HEAD + "附件:1.检查方案。\n　　　2.人员名单；\n县政府\n2024年1月5日";

        assertThat(found(text)).containsExactly(
                "4:2 WARNING [attachment-note] 附件说明“附件”后应用全角冒号“：” / the attachment note takes a full-width colon: "
                        + "附件： (fix: ：)",
                "4:9 WARNING [attachment-note] 附件名称后不加标点“。” / an attachment's name takes no punctuation after it: "
                        + "\"。\" (fix: )",
                "5:9 WARNING [attachment-note] 附件名称后不加标点“；” / an attachment's name takes no punctuation after it: "
                        + "\"；\" (fix: )");
        assertThat(TextChecker.applySafeFixes(text)).contains("附件：1.检查方案\n　　　2.人员名单\n");
    }

    @Test
    void puts_a_full_stop_after_an_attachments_number() {
        String text = HEAD + "附件：1、检查方案\n　　　2、人员名单\n县政府\n2024年1月5日";

        assertThat(found(text)).containsExactly(
                "4:4 WARNING [attachment-note] 附件序号后应用“.”而非“、” / an attachment's number takes \".\", not \"、\" (fix: .)",
                "5:3 ERROR [ordinal-punctuation] 阿拉伯数字序号后应用“.”而非“、” / an Arabic ordinal takes \".\", not \"、\" (fix: 2.)");
        assertThat(TextChecker.applySafeFixes(text)).contains("附件：1.检查方案\n　　　2.人员名单\n");
    }

    @Test
    void counts_the_attachments_that_follow_against_the_note() {
        assertThat(found(HEAD + "附件：1.甲清单 2.乙清单 3.丙清单\n县政府\n2024年1月5日\n附件1\n甲清单\n附件2\n乙清单"))
                .containsExactly("4:0 WARNING [attachment-note] 附件说明列有3个附件，文后附有2个 / the attachment note lists 3 "
                        + "attachments; 2 follow the document");
    }

    @Test
    void compares_each_attachments_title_with_its_name_in_the_note() {
        assertThat(found(HEAD + "附件：1.检查方案\n　　　2.人员名单\n县政府\n2024年1月5日\n附件1\n检查方案\n附件2\n工作人员名单"))
                .containsExactly("11:0 WARNING [attachment-note] 附件2的标题“工作人员名单”与附件说明中的“人员名单”不一致 / "
                        + "attachment 2's title differs from the name the attachment note gives it");
    }

    @Test
    void leaves_a_right_note_alone() {
        assertThat(found(HEAD + "附件：1.检查方案\n　　　2.2024年度安全生产\n　　　　大检查人员名单\n县政府\n2024年1月5日\n"
                + "附件1\n检查方案\n附件2\n2024年度安全生产\n大检查人员名单")).isEmpty();
    }
}
