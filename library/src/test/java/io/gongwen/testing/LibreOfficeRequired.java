package io.gongwen.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(LibreOfficeRequired.class)} on a rendered test: each test is skipped with a
 * clear message where LibreOffice is missing, and fails instead under CI (see {@link ExternalTools}).
 */
public final class LibreOfficeRequired implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        ExternalTools.require(ExternalTools.soffice(), ExternalTools.LIBREOFFICE_MISSING);
    }
}
