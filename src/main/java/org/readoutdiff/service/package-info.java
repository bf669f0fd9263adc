/**
 * The facades that the web pages, the HTTP API and the command line share.
 * {@link org.readoutdiff.service.ComparisonService} reads statements, compares them and writes
 * reports (web and command line alike); {@link org.readoutdiff.service.StatementLibrary} keeps
 * the statement library and its comparisons in the database (web only). Nothing in {@code web}
 * or {@code cli} calls the core or the storage directly, so both behave the same way for the
 * same input. Also here for the command line: reading input files and writing outputs whole or
 * not at all ({@link org.readoutdiff.service.StatementFiles}, {@link
 * org.readoutdiff.service.OutputFiles}), the {@code --fail-on} rule, and batches ({@link
 * org.readoutdiff.service.ManifestReader} reads a manifest strictly: its shape checked by its JSON
 * Schema, then bound and its files resolved; {@link
 * org.readoutdiff.service.BatchRunner} runs it). Watched pages (issue 14): {@link
 * org.readoutdiff.service.Watches} keeps watches, checks them (claimed in the database first),
 * keeps each changed text as a version, compares it with the one before and notifies;
 * {@link org.readoutdiff.service.PageFetcher} fetches politely and refuses the server's own
 * networks ({@link org.readoutdiff.service.WatchAddresses}); {@link
 * org.readoutdiff.service.WatchTick} is the scheduler's tick; {@link
 * org.readoutdiff.service.SentenceCitations} lays a version out sentence by sentence for citing.
 * Vert.x' HTTP client (fetching) and jwarc (WARC records) are used only here.
 */
package org.readoutdiff.service;
