package org.readoutdiff.ingest;

/**
 * A statement could not be read. The message names the input and the reason in words a
 * journalist understands ("left.pdf: is a scanned PDF with no text layer").
 */
public final class UnreadableStatementException extends Exception {

    private final Reason reason;

    public UnreadableStatementException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why, in the terms an HTTP API needs (400, 413, 415). */
    public enum Reason {
        /** Empty, binary, undecodable or otherwise bad content. */
        BAD_CONTENT,
        /** Larger than the configured limit. */
        TOO_LARGE,
        /** A file type we do not read. */
        UNSUPPORTED_TYPE
    }
}
