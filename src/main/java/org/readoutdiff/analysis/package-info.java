/**
 * What a reader wants to know beyond the changes: which sentences are web-page furniture
 * ({@link org.readoutdiff.analysis.Boilerplate}), shared formulations ({@link
 * org.readoutdiff.analysis.SharedPhraseFinder}: maximal word-for-word runs of at least four
 * words or four Chinese characters, with every place on each side), and topics ({@link
 * org.readoutdiff.analysis.TopicLexicon}, a text format with English and Chinese terms whose
 * default, {@code topics.txt}, covers the issues of China–US readouts; {@link
 * org.readoutdiff.analysis.TopicTagger} tags sentences, omissions and topic coverage with it).
 * Plain Java over the {@code text}, {@code align} and {@code diff} results.
 */
package org.readoutdiff.analysis;
