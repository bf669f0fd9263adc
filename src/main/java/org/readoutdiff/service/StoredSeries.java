package org.readoutdiff.service;

import java.time.Instant;
import java.util.List;
import org.readoutdiff.compare.ComparisonOptions;

/**
 * A series of the library: a base statement compared with several others, the options
 * and engine version it ran with, and its result as the series JSON document (with its
 * id). The statements' labels are the ones they have in this set.
 *
 * @param statements the base first, then the others in the order given
 * @param verdict    the strongest verdict of the base against each other statement
 */
public record StoredSeries(String id, List<StoredStatement> statements, ComparisonOptions options,
                                  String engineVersion, String verdict, boolean degraded, Instant createdAt,
                                  String json) {

    public StoredSeries {
        statements = List.copyOf(statements);
    }

    public StoredStatement base() {
        return statements.get(0);
    }

    public List<StoredStatement> others() {
        return statements.subList(1, statements.size());
    }
}
