package io.gongwen.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * Microsoft's Open XML SDK validator (the {@code ooxml-validator} command), the closest check
 * available to "Word opens it without offering to repair it".
 */
public final class OoxmlValidator {
    private final Path command;

    private OoxmlValidator(Path command) {
        this.command = command;
    }

    /** The installed validator; skips the calling test, saying how to install it, where it is missing. */
    public static OoxmlValidator require() {
        return new OoxmlValidator(ExternalTools.require(ExternalTools.ooxmlValidator(), ExternalTools.VALIDATOR_MISSING));
    }

    /** "valid", or the validator's JSON report. */
    public String validate(Path file) throws Exception {
        ExternalTools.Result result = ExternalTools.run(List.of(command.toString(), file.toString()), file.getParent(), 120);
        String out = result.stdout();
        if (result.exitCode() == 0 && out.replaceAll("\\s", "").contains("\"ok\":true")) {
            return "valid";
        }
        if (result.exitCode() > 1) {
            throw new AssertionError("the validator could not run (exit " + result.exitCode() + "): " + result.stderr());
        }
        return out;
    }
}
