package org.readoutdiff.compare;

import java.util.List;

/** One base sentence (0-based index) and what each other statement has for it, in the others' order. */
public record SeriesRow(int sentence, List<SeriesCell> cells) {

    public SeriesRow {
        cells = List.copyOf(cells);
    }
}
