package io.gongwen.text;

import io.gongwen.Attachment;
import io.gongwen.Block;
import io.gongwen.Image;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Specification;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pictures in bound attachments (附件 with a chart, a photo) are kept in the attachment's body where
 * they stood, as the body's are: read from a .docx made with raw POI, written on the attachment's
 * pages, the same bytes in the package.
 */
class AttachmentPicturesTest {
    @Test
    void a_chart_and_a_photo_in_two_attachments_are_kept_in_their_attachments_where_they_stood(@TempDir Path dir)
            throws Exception {
        // GIVEN a notice whose 附件1 holds a chart alone in its paragraph and 附件2 a photo after its text
        Path in = dir.resolve("notice.docx");
        Files.write(in, PicturesFixtures.noticeWithAttachments());
        // WHEN it is read
        Draft draft = DocxReader.standard().read(in);
        OfficialDocument doc = draft.document();
        // THEN the body has no picture, and each attachment has its own, at its place among the text
        assertThat(doc.body()).noneMatch(b -> b instanceof Image);
        assertThat(doc.attachments()).extracting(Attachment::title)
                .containsExactly("2023年全县主要经济指标", "重点项目现场照片");
        List<Block> first = doc.attachments().get(0).body();
        assertThat(first).hasSize(3);
        assertThat(((Paragraph) first.get(0)).text()).isEqualTo("全县地区生产总值、财政收入等主要指标见下图。");
        Image chart = (Image) first.get(1);
        assertThat(chart.bytes()).isEqualTo(PicturesFixtures.CHART);
        assertThat(chart.format()).isEqualTo(Image.Format.PNG);
        assertThat(chart.width().toMillimetres()).isCloseTo(100, within(0.01));
        assertThat(chart.height().toMillimetres()).isCloseTo(75, within(0.01));
        assertThat(((Paragraph) first.get(2)).text()).isEqualTo("数据来源：县统计局。");
        List<Block> second = doc.attachments().get(1).body();
        assertThat(second).hasSize(2);
        assertThat(((Paragraph) second.get(0)).text()).isEqualTo("县城污水处理厂扩建工程现场照片如下。");
        Image photo = (Image) second.get(1);
        assertThat(photo.bytes()).isEqualTo(PicturesFixtures.PHOTO);
        assertThat(photo.width().toMillimetres()).isCloseTo(300, within(0.01));
        // AND the closing and the attachment note are read as before; only the photo among text is warned of
        assertThat(doc.closing().attachmentNote()).containsExactly("2023年全县主要经济指标", "重点项目现场照片");
        assertThat(doc.closing().dateText()).contains("2023年12月31日");
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .noneMatch(m -> m.contains("left out"))
                .filteredOn(m -> m.contains("picture")).hasSize(1)
                .allMatch(m -> m.contains("stands among the paragraph's text"));
    }

    @Test
    void the_reformatted_file_has_each_picture_on_its_attachments_pages_centred_with_the_same_bytes(@TempDir Path dir)
            throws Exception {
        // GIVEN the notice, read and written anew
        Path in = dir.resolve("notice.docx");
        Files.write(in, PicturesFixtures.noticeWithAttachments());
        Path out = dir.resolve("out.docx");
        DocxReader.standard().read(in).document().writeTo(out);
        // WHEN the written file is opened with POI
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out))) {
            // THEN each picture stands after its attachment's label, in a centred paragraph of its own
            List<String> order = new ArrayList<>();
            List<XWPFPicture> pictures = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                if (!(element instanceof XWPFParagraph p)) {
                    continue;
                }
                List<XWPFPicture> here = new ArrayList<>();
                for (XWPFRun r : p.getRuns()) {
                    here.addAll(r.getEmbeddedPictures());
                }
                if (!here.isEmpty()) {
                    assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                    assertThat(p.getText()).isEmpty();
                    order.add("picture");
                    pictures.addAll(here);
                } else if (!p.getText().isBlank()) {
                    order.add(p.getText().strip());
                }
            }
            assertThat(order.subList(order.indexOf("附件1"), order.size())).containsExactly("附件1",
                    "2023年全县主要经济指标", "全县地区生产总值、财政收入等主要指标见下图。", "picture", "数据来源：县统计局。",
                    "附件2", "重点项目现场照片", "县城污水处理厂扩建工程现场照片如下。", "picture");
            assertThat(order.subList(0, order.indexOf("附件1"))).doesNotContain("picture");
            // AND the package holds the same bytes, the chart at its size, the photo at the text width
            assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(PicturesFixtures.CHART);
            assertThat(pictures.get(1).getPictureData().getData()).isEqualTo(PicturesFixtures.PHOTO);
            assertThat(docx.getAllPictures()).extracting(XWPFPictureData::getData)
                    .containsExactlyInAnyOrder(PicturesFixtures.CHART, PicturesFixtures.PHOTO);
            assertThat(pictures.get(0).getPictureData().getPackagePart().getPartName().getName()).startsWith("/word/media/");
            assertThat(pictures.get(0).getWidth()).isCloseTo(Length.mm(100).points(), within(0.1));
            assertThat(pictures.get(0).getDepth()).isCloseTo(Length.mm(75).points(), within(0.1));
            assertThat(pictures.get(1).getWidth()).isCloseTo(Specification.standard().textWidth().points(), within(0.1));
            assertThat(pictures.get(1).getWidth() / pictures.get(1).getDepth()).isCloseTo(6.0, within(0.01));
        }
        // AND it reads back with the pictures in the same attachments, the same bytes
        OfficialDocument again = DocxReader.standard().read(out).document();
        assertThat(again.attachments().get(0).body()).filteredOn(b -> b instanceof Image)
                .extracting(b -> ((Image) b).bytes()).containsExactly(PicturesFixtures.CHART);
        assertThat(again.attachments().get(1).body()).filteredOn(b -> b instanceof Image)
                .extracting(b -> ((Image) b).bytes()).containsExactly(PicturesFixtures.PHOTO);
    }

    @Test
    void a_picture_above_the_title_or_in_the_closing_is_still_left_out_with_a_warning(@TempDir Path dir) throws Exception {
        // GIVEN the notice with a picture in the signature's paragraph (outside the bodies and the attachments)
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(PicturesFixtures.noticeWithAttachments()));
             java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream()) {
            XWPFParagraph sign = doc.getParagraphs().stream().filter(p -> p.getText().equals("某县人民政府办公室"))
                    .findFirst().orElseThrow();
            PicturesTest.picture(sign.createRun(), PicturesTest.image("png", 60, 60), 20, 20);
            doc.write(o);
            bytes = o.toByteArray();
        }
        Path in = dir.resolve("signed.docx");
        Files.write(in, bytes);
        // WHEN it is read THEN that picture is left out, by its paragraph, and the attachments keep theirs
        Draft draft = DocxReader.standard().read(in);
        assertThat(draft.warnings()).filteredOn(w -> w.message().contains("left out"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(6);
                    assertThat(w.message()).startsWith("a picture in the closing lines (by the signature, the date or "
                            + "the note: a seal, a signature) is left out");
                });
        assertThat(draft.document().attachments()).allMatch(a -> a.body().stream().anyMatch(b -> b instanceof Image));
    }

    @Test
    void a_logo_in_the_title_s_paragraph_is_left_out_with_a_warning_that_says_why(@TempDir Path dir) throws Exception {
        // GIVEN the notice with a small picture in its title's paragraph (a logo above the body)
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(PicturesFixtures.noticeWithAttachments()));
             java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream()) {
            PicturesTest.picture(doc.getParagraphs().get(0).createRun(), PicturesTest.image("png", 60, 60), 15, 15);
            doc.write(o);
            bytes = o.toByteArray();
        }
        Path in = dir.resolve("logo.docx");
        Files.write(in, bytes);
        // WHEN it is read THEN the picture is left out at the title's paragraph, the warning naming the head
        // and the standard's section that lays it out, and the title's words are read as before
        Draft draft = DocxReader.standard().read(in);
        assertThat(draft.warnings()).filteredOn(w -> w.message().contains("left out")).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).startsWith("a picture above the body (in the head block, the title or the main "
                    + "recipients: a logo, a scanned 发文机关标志) is left out").contains("§7.2");
        });
        Path plain = Files.write(dir.resolve("plain.docx"), PicturesFixtures.noticeWithAttachments());
        assertThat(draft.document().title()).isEqualTo(DocxReader.standard().read(plain).document().title());
        assertThat(draft.document().body()).noneMatch(b -> b instanceof Image);
    }

    @Test
    void a_chart_in_the_body_of_an_issued_plan_is_kept_there_and_a_picture_in_its_closing_is_left_out(@TempDir Path dir)
            throws Exception {
        // GIVEN a notice issuing a 方案 whose body holds a chart, with a picture in the 方案's signature line
        Path in = dir.resolve("issuing.docx");
        Files.write(in, PicturesFixtures.noticeIssuingAPlan());
        // WHEN it is read
        Draft draft = DocxReader.standard().read(in);
        OfficialDocument doc = draft.document();
        // THEN the chart stands in the issued plan's body where it stood, the same bytes at the same size
        assertThat(doc.body()).noneMatch(b -> b instanceof Image);
        assertThat(doc.issued()).singleElement().satisfies(plan -> {
            assertThat(plan.title()).containsExactly("2024年县城道路改造实施方案");
            assertThat(plan.body()).hasSize(3);
            assertThat(((Paragraph) plan.body().get(0)).text()).isEqualTo("为改善县城交通条件，制定本方案。改造路段分布见下图。");
            Image chart = (Image) plan.body().get(1);
            assertThat(chart.bytes()).isEqualTo(PicturesFixtures.CHART);
            assertThat(chart.width().toMillimetres()).isCloseTo(100, within(0.01));
            assertThat(((Paragraph) plan.body().get(2)).text()).isEqualTo("各有关单位要按照职责分工，确保改造工程按期完成。");
            assertThat(plan.closing()).containsExactly("某县住房和城乡建设局", "2024年2月20日");
        });
        // AND the picture of the signature line is left out, by its paragraph
        assertThat(draft.warnings()).filteredOn(w -> w.message().contains("left out")).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(11);
            assertThat(w.message()).startsWith("a picture in the closing lines");
        });
        // AND written and read back, the chart is in the plan's body again, the same bytes
        Path out = dir.resolve("out.docx");
        doc.writeTo(out);
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out))) {
            assertThat(docx.getAllPictures()).extracting(XWPFPictureData::getData).containsExactly(PicturesFixtures.CHART);
        }
        OfficialDocument again = DocxReader.standard().read(out).document();
        assertThat(again.issued().get(0).body()).filteredOn(b -> b instanceof Image)
                .extracting(b -> ((Image) b).bytes()).containsExactly(PicturesFixtures.CHART);
        assertThat(again.issued()).isEqualTo(doc.issued());
    }
}
