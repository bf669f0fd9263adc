/**
 * The command line (picocli through Quarkus): {@code compare}, {@code batch}, {@code serve}, and
 * the exit codes of DESIGN.md §4 — 0 ran fine and nothing to fail on, 1 differences found and {@code --fail-on}
 * asked to fail, 2 usage or input error (one line on stderr naming the file and the reason),
 * 3 internal error. Every command but {@code serve} runs without an HTTP listener ({@link
 * org.readoutdiff.cli.Main}). Talks only to the {@code service} facade.
 */
package org.readoutdiff.cli;
