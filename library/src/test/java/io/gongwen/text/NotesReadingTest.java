package io.gongwen.text;

import io.gongwen.testing.NotedDocx;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class NotesReadingTest {
    @Test
    void dump() throws Exception {
        Path f = Path.of("/tmp/notes/in.docx");
        Files.write(f, NotedDocx.notice());
        Draft d = DocxReader.standard().read(f);
        System.out.println(d.document().outline());
        d.document().body().forEach(System.out::println);
        d.warnings().forEach(System.out::println);
        d.document().writeTo(Path.of("/tmp/notes/out.docx"));
    }
}
