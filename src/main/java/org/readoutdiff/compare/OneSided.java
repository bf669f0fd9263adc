package org.readoutdiff.compare;

import java.util.List;

/**
 * A sentence found on one side only (0-based index): deleted or inserted between versions,
 * or omitted by the other side. Boilerplate sentences are marked so.
 */
public record OneSided(int sentence, boolean boilerplate, List<String> topics) {

    public OneSided {
        topics = List.copyOf(topics);
    }
}
