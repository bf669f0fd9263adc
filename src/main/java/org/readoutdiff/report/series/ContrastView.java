package org.readoutdiff.report.series;

import org.readoutdiff.report.SentenceLink;

/**
 * An aligned pair whose sides report with verbs of different strength.
 *
 * @param baseLink  the base sentence and its row
 * @param otherId   the other statement's sentence
 * @param direction "stronger" or "weaker": the other statement's verb against the base's
 */
public record ContrastView(String shortName, String otherLabel, SentenceLink baseLink, String baseSpeaker,
                           String baseVerb, int baseStrength, String otherId, String otherSpeaker, String otherVerb,
                           int otherStrength, String direction) {
}
