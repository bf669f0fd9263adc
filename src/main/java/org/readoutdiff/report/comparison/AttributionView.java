package org.readoutdiff.report.comparison;

/**
 * Who a sentence says is speaking, for a reader.
 *
 * @param speaker      the speaker's id ("xi"), for styles and groups
 * @param speakerLabel the speaker's name in the rules ("President Xi Jinping")
 * @param speakerText  the words naming the speaker in the sentence ("He")
 * @param verb         the reporting verb as written ("in particular stressed")
 * @param strength     its strength on the scale, 0 for a deed
 * @param category     speech, agreement, evaluation, concern, position or action
 * @param relay        the outer report ("the spokesperson said"), or null
 * @param antecedent   for a pronoun, the sentence naming the speaker ("L9"), or null
 */
public record AttributionView(String speaker, String speakerLabel, String speakerText, String verb, int strength,
                              String category, String relay, String antecedent) {
}
