/**
 * What a reader wants to know beyond the changes: which sentences are web-page furniture
 * ({@link org.readoutdiff.analysis.Boilerplate}), shared formulations, topics, omissions and
 * attribution. Plain Java over the {@code text}, {@code align} and {@code diff} results.
 */
package org.readoutdiff.analysis;
