package org.readoutdiff.text;

/**
 * The input is not text we can read: empty, binary, or in an encoding we cannot decode.
 * The message is a plain reason meant for a person ("is empty", "looks like a binary file").
 */
public final class UndecodableInputException extends Exception {

    public UndecodableInputException(String reason) {
        super(reason);
    }
}
