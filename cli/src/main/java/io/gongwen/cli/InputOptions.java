package io.gongwen.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code format} and {@code check} both take: the input, and patterns of lines to leave out of it. */
final class InputOptions {
    @Parameters(paramLabel = "INPUT", description = "a .txt draft, a .docx, or a folder of them")
    Path input;

    @Option(names = "--drop", paramLabel = "REGEX",
            description = "leave out lines (paragraphs) in which this regular expression finds a match: the whole "
                    + "line, not only the match (anchor it, ^…$, to drop only lines that are nothing else); repeatable")
    List<String> drop = new ArrayList<>();
}
