package io.gongwen.check;

/** How much a finding matters; ordered from the least to the most serious. */
public enum Severity {
    /** Worth a look; the document is not wrong. */
    INFO,
    /** Against the standard's practice; a clerk would correct it. */
    WARNING,
    /** Against the standard; the document should not go out like this. */
    ERROR
}
