package org.readoutdiff.cli;

/** The exit codes of DESIGN.md §4. */
final class ExitCodes {

    static final int OK = 0;
    static final int DIFFERENCES = 1;
    static final int INPUT_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
