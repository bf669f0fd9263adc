package org.readoutdiff.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The access tests' results as one table, expected against actual, written as Markdown to
 * target/access-table.md (and printed), so a report can quote exactly what ran.
 */
final class AccessTable {

    record Row(String caller, String request, int expected, int actual, String note) {
        boolean ok() {
            return expected == actual;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String caller, String request, int expected, int actual, String note) {
        rows.add(new Row(caller, request, expected, actual, note));
    }

    List<Row> failures() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| caller | request | expected | actual | ok | note |\n"
                + "|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.caller()).append(" | `").append(r.request()).append("` | ").append(r.expected())
                    .append(" | ").append(r.actual()).append(" | ").append(r.ok() ? "yes" : "**NO**").append(" | ")
                    .append(r.note()).append(" |\n");
        }
        return out.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Access table (readout-diff.auth=users)\n\n" + markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
