package io.gongwen.text;

import io.gongwen.BodyBuilder;

import java.util.List;

/**
 * Puts a table read from a .docx into the body. The model has no table block yet, so the cells'
 * text is kept as paragraphs, row by row, and a warning says the table was flattened.
 */
final class TableBlocks {
    private TableBlocks() {
    }

    static void add(StructureRecogniser.Line table, BodyBuilder<?> into, List<DraftWarning> warnings) {
        int cells = 0;
        for (List<String> row : table.table()) {
            for (String cell : row) {
                String text = io.gongwen.Checks.stripIndentation(cell);
                if (!text.isEmpty()) {
                    StructureRecogniser.attempt(table, () -> into.paragraph(text));
                    cells++;
                }
            }
        }
        warnings.add(new DraftWarning(table.number(), "a table of " + table.table().size() + " rows was flattened: "
                + "its " + cells + " non-empty cells are kept as paragraphs, row by row (the model has no tables yet)"));
    }
}
