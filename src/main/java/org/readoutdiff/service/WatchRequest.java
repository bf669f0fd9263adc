package org.readoutdiff.service;

/**
 * A watch to add, as the API, the page's form and the command line give it: only {@code url} is
 * required. {@code intervalMinutes} defaults to 60 (at least 5); {@code notifyMinor} (default
 * false) makes format-only and boilerplate changes notify too; {@code webhookUrl} overrides
 * {@code readout-diff.watch.webhook-url} for this watch.
 */
public record WatchRequest(String url, String label, String issuer, String meeting, String selector,
                           Integer intervalMinutes, Boolean notifyMinor, String webhookUrl) {
}
