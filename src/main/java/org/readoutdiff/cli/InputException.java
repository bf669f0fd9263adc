package org.readoutdiff.cli;

/** A usage or input error: its message names the file or option and the reason, in one line. */
final class InputException extends Exception {

    InputException(String message) {
        super(message, null, false, false);
    }
}
