/**
 * The facades that the web pages, the HTTP API and the command line share.
 * {@link org.readoutdiff.service.ComparisonService} reads statements, compares them and writes
 * reports (web and command line alike); {@link org.readoutdiff.service.StatementLibrary} keeps
 * the statement library and its comparisons in the database (web only). Nothing in {@code web}
 * or {@code cli} calls the core or the storage directly, so both behave the same way for the
 * same input.
 */
package org.readoutdiff.service;
