package org.readoutdiff.accounts;

/** A request about accounts or tokens that cannot be done, with a message for the person who asked. */
public class AccountProblem extends Exception {

    private final boolean notFound;

    public AccountProblem(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    /** The user or token named does not exist (404 on the web), rather than bad input (400). */
    public boolean notFound() {
        return notFound;
    }
}
