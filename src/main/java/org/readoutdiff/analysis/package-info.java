/**
 * What a reader wants to know beyond the changes: which sentences are web-page furniture
 * ({@link org.readoutdiff.analysis.Boilerplate}), shared formulations ({@link
 * org.readoutdiff.analysis.SharedPhraseFinder}: maximal word-for-word runs of at least four
 * words or four Chinese characters, with every place on each side), and topics ({@link
 * org.readoutdiff.analysis.TopicLexicon}, a text format with English and Chinese terms whose
 * default, {@code topics.txt}, covers the issues of China–US readouts; {@link
 * org.readoutdiff.analysis.TopicTagger} tags sentences, omissions and topic coverage with it).
 *
 * <p>Attribution ({@link org.readoutdiff.analysis.Attributor}): who each sentence says is
 * speaking and with which reporting verb, by the rules of {@code attribution.txt} ({@link
 * org.readoutdiff.analysis.AttributionRules}) and the verb scale of {@code verbs.txt} ({@link
 * org.readoutdiff.analysis.VerbScale}, replaceable), both documented in their headers; {@link
 * org.readoutdiff.analysis.VerbContrast} flags aligned pairs whose verbs differ in strength.
 * Between two readouts, {@link org.readoutdiff.analysis.FormulationChanges} lists the wordings
 * that differ, ranked (a verb of position from {@code positions.txt}, read by {@link
 * org.readoutdiff.analysis.PositionVerbs}, first; then names, demands, numbers).
 * Across a series of statements, {@link org.readoutdiff.analysis.FormulationTracker} follows
 * formulations in date order (shared wording, and wording that shifted inside aligned pairs)
 * and {@link org.readoutdiff.analysis.Datelines} reads a statement's date from its dateline.
 * Plain Java over the {@code text}, {@code align} and {@code diff} results.
 */
package org.readoutdiff.analysis;
