package org.readoutdiff.service;

/**
 * A fetch that gave no page: refused address, timeout, too large, an HTTP error status, too many
 * redirects. The message is what a watch's page shows as its last error.
 */
public final class FetchProblem extends Exception {

    public FetchProblem(String message) {
        super(message, null, false, false);
    }
}
