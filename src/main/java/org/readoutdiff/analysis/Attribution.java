package org.readoutdiff.analysis;

import org.readoutdiff.text.Span;

/**
 * Who a sentence says is speaking, and with which reporting verb: "President Xi stressed",
 * "the two sides agreed", "拜登表示". Spans point into the statement's text.
 *
 * @param sentence     the sentence (0-based index)
 * @param speaker      the speaker's id in the rules ("xi", "both-sides", "spokesperson")
 * @param kind         the speaker's kind
 * @param speakerText  where the sentence names the speaker ("President Xi", or "He" for a pronoun)
 * @param verbText     the reporting verb as written, adverbs included ("in particular stressed")
 * @param verb         the verb's entry in the scale (phrase, strength, category)
 * @param category     speech, agreement, evaluation, concern, position or action, for this speaker
 * @param antecedent   for a pronoun, the sentence whose speaker it stands for; else -1
 * @param relay        the outer report this one is relayed by ("the spokesperson said"), or null
 * @param relaySpeaker the id of the relay's speaker, or null
 */
public record Attribution(int sentence, String speaker, AttributionRules.Kind kind, Span speakerText, Span verbText,
                          VerbScale.ReportingVerb verb, String category, int antecedent, Span relay,
                          String relaySpeaker) {

    /** The verb's strength on the scale; 0 for a deed, which has none. */
    public int strength() {
        return verb.strength();
    }

    public boolean pronoun() {
        return antecedent >= 0;
    }
}
