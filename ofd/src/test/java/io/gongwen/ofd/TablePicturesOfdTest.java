package io.gongwen.ofd;

import io.gongwen.Image;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.Picture;
import io.gongwen.layout.StandInFonts;
import io.gongwen.testing.CellPicturesDocx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The pictures of table cells in the OFD: ImageObjects in the boxes the layout gave them, with their bytes. */
class TablePicturesOfdTest {
    private static final double MM = 25.4 / 72;
    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    @Test
    void draws_each_cells_picture_where_the_layout_put_it_with_its_bytes() throws Exception {
        Image photo = Image.of(CellPicturesDocx.PHOTO, Length.mm(100), Length.mm(75));
        Image chart = Image.of(CellPicturesDocx.CHART, Length.mm(40), Length.mm(30));
        OfficialDocument doc = OfficialDocument.builder().title("关于重点项目建设情况的报告").paragraph("现场照片见下表。")
                .table(Table.builder().columns(1, 3, 4).header("序号", "项目", "现场照片")
                        .row(Table.Cell.of("1"), Table.Cell.of("污水处理厂").withPicture(chart), Table.Cell.of(photo)).build())
                .build();
        List<Picture> laid = DocumentLayout.layOut(doc, fonts).pages().get(0).pictures();
        OfdPackage ofd = new OfdPackage(OfdWriter.toBytes(doc, fonts));
        List<OfdPackage.Image> images = ofd.pages.get(0).images();
        assertThat(laid).hasSize(2);
        assertThat(images).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Picture want = laid.get(i);
            OfdPackage.Image got = images.get(i);
            assertThat(got.box()[0]).isCloseTo(want.xPt() * MM, within(0.01));
            assertThat(got.box()[1]).isCloseTo(want.yPt() * MM, within(0.01));
            assertThat(got.box()[2]).isCloseTo(want.widthPt() * MM, within(0.01));
            assertThat(got.box()[3]).isCloseTo(want.heightPt() * MM, within(0.01));
            assertThat(ofd.media.get(got.resourceId()).file()).isEqualTo(want.bytes());
        }
        assertThat(ofd.media.values()).extracting(OfdPackage.Media::file)
                .containsExactlyInAnyOrder(CellPicturesDocx.CHART, CellPicturesDocx.PHOTO);
    }
}
