/**
 * The one facade that the web pages, the HTTP API and the command line share: read
 * statements, compare them, write reports. Nothing in {@code web} or {@code cli} calls the core
 * directly, so both behave the same way for the same input. Also here: reading input files
 * and writing outputs whole or not at all ({@link org.readoutdiff.service.StatementFiles},
 * {@link org.readoutdiff.service.OutputFiles}), the {@code --fail-on} rule, and batches
 * ({@link org.readoutdiff.service.ManifestReader} reads a manifest strictly, {@link
 * org.readoutdiff.service.BatchRunner} runs it).
 */
package org.readoutdiff.service;
