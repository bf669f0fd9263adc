package org.readoutdiff.service;

/**
 * A request the library cannot serve, with a message a person understands ("left.pdf: has no
 * text layer ..."). The kind tells the web layer which status to answer with.
 */
public final class InputProblem extends Exception {

    private final Kind kind;

    public InputProblem(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public enum Kind {
        /** Malformed, missing or contradictory input. */
        BAD_INPUT,
        /** Over a size limit. */
        TOO_LARGE,
        /** A file type that is not read. */
        UNSUPPORTED_TYPE,
        /** No statement or comparison with that id. */
        NOT_FOUND,
        /** The thing is busy (a watch being checked by another request or instance). */
        CONFLICT
    }
}
