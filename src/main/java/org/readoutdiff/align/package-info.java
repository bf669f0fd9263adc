/**
 * Sentence alignment: which sentence of the left statement goes with which of the right.
 *
 * <p>{@link org.readoutdiff.align.VersionsAligner} is for two versions of one statement:
 * identical sentences are anchored first (patience style: keys unique on both sides, longest
 * increasing run), the gaps between anchors are aligned by similarity (allowing a sentence to
 * be split in two or two to be joined), and what is left is matched across the whole text to
 * find moved and moved-and-edited sentences. The result, an {@link
 * org.readoutdiff.align.Alignment}, puts every sentence in exactly one place: a pair, or one
 * side only. Plain Java; uses the {@code diff} package's sequence differ for small gaps.
 */
package org.readoutdiff.align;
