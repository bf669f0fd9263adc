/**
 * The text pipeline: decoded statements, their paragraphs, sentences and tokens.
 *
 * <p>Everything here keeps offsets into the original decoded text ({@link Span} holds UTF-16
 * code-unit offsets, i.e. Java {@code String} indices), so that every later stage can point
 * back at exactly what the statement said. Each token also carries a <em>comparison key</em>
 * ({@link KeyNormalizer}): NFKC, quotes, dashes and spaces folded, so that format noise
 * (curly versus straight quotes, non-breaking spaces, re-wrapped lines) compares equal.
 *
 * <p>Segmentation uses ICU4J: its sentence and word break iterators, and its dictionary-based
 * segmentation for Chinese, which has no spaces between words. Stretches of plain ASCII between
 * spaces are cut into words by {@link WordSegments} without ICU's rule engine, to the same
 * boundaries (a property test holds it to ICU), because they are most of a long English text
 * and ICU was a third of its segmentation time. English words are reduced to
 * their stems here too ({@link Stems}, the Snowball stemmer), for whatever later stage compares
 * terms: alignment and topic tagging. Plain Java plus ICU4J and Snowball only.
 */
package org.readoutdiff.text;
