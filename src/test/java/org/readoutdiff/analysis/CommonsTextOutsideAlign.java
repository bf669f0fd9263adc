package org.readoutdiff.analysis;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Breaks the library rule on purpose, for {@code ArchitectureTest.theLibraryRuleFailsOnAViolation}: never used otherwise. */
final class CommonsTextOutsideAlign {

    double score(String a, String b) {
        return new JaroWinklerSimilarity().apply(a, b);
    }
}
