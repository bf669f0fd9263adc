/**
 * Sentence alignment: which sentence of the left statement goes with which of the right.
 *
 * <p>{@link org.readoutdiff.align.VersionsAligner} is for two versions of one statement:
 * identical sentences are anchored first (patience style: keys unique on both sides, longest
 * increasing run), the gaps between anchors are aligned by similarity (allowing a sentence to
 * be split in two or two to be joined), and what is left is matched across the whole text to
 * find moved and moved-and-edited sentences.
 *
 * <p>{@link org.readoutdiff.align.CounterpartsAligner} is for two accounts of a meeting, or of
 * two meetings, in any order and other words. Every pair it makes is decided on one measure,
 * {@link org.readoutdiff.align.SentenceSimilarity} (settings in {@link
 * org.readoutdiff.align.SimilarityOptions}): TF-IDF cosine over content terms ({@link
 * org.readoutdiff.align.ContentTerms}: stems for English ({@link org.readoutdiff.text.Stems}), character bigrams for
 * Chinese, function words left out, spelling variants merged by {@link
 * org.readoutdiff.align.SpellingVariants}) blended with the cosine of sentence embeddings
 * ({@link org.readoutdiff.align.MiniLmEmbedder}, the only class that imports LangChain4j and
 * the model it ships); candidates come from an inverted index ({@link
 * org.readoutdiff.align.CandidateSearch}) and, with the model, from each sentence's nearest
 * sentences by meaning; pairs are chosen best first and grouped into small stars ({@link
 * org.readoutdiff.align.PairGroups}); a sentence left without a counterpart that still addresses
 * an issue the other side addresses (a shared topic label, some shared wording) is linked to
 * that sentence ({@link org.readoutdiff.align.TopicLink}) rather than paired: it is neither the
 * same point nor an omission. Limits are in {@link org.readoutdiff.align.CounterpartsBudget}.
 *
 * <p>Either way the result, an {@link org.readoutdiff.align.Alignment}, puts every sentence in
 * exactly one place: a pair, a topic link, or one side only. Plain Java; Commons Text is used
 * only by {@code SpellingVariants}.
 */
package org.readoutdiff.align;
