package io.gongwen.cli;

import io.gongwen.testing.ForeignDocx;
import io.gongwen.testing.OoxmlValidator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code gongwen format} writes passes Microsoft's Open XML SDK validator, from a clerk's
 * {@code .docx} and from a drafted text. Skipped, with a message saying how to install the
 * validator, where it is missing; CI installs it.
 */
@Tag("validator")
class FormattedValidityTest {
    @Test
    void what_format_writes_from_a_foreign_docx_and_a_seed_is_valid(@TempDir Path dir) throws Exception {
        OoxmlValidator validator = OoxmlValidator.require();
        Path clerk = dir.resolve("clerk.docx");
        Files.write(clerk, ForeignDocx.typedByAClerk());
        Path seed = dir.resolve("seed.txt");
        try (InputStream in = getClass().getResourceAsStream("/io/gongwen/text/seed-001.txt")) {
            Files.write(seed, in.readAllBytes());
        }
        for (Path input : List.of(clerk, seed)) {
            Path out = dir.resolve("formatted-" + input.getFileName() + ".docx");

            int exit = Main.run(new String[] {"format", input.toString(), "-o", out.toString()},
                    OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false);

            assertThat(exit).isZero();
            assertThat(validator.validate(out)).as(input.getFileName().toString()).isEqualTo("valid");
        }
    }
}
