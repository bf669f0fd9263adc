package org.readoutdiff.report;

/**
 * A piece of a sentence as displayed: plain text, or the text of one change on this side.
 *
 * @param change   null for unchanged text; otherwise the change's kind ("substantive", ...)
 * @param changeId the change's id ("C3"), null for unchanged text
 */
public record Fragment(String text, String change, String changeId) {

    public boolean changed() {
        return change != null;
    }

    /** A change that does not alter the words: punctuation, format or boilerplate. */
    public boolean minor() {
        return change != null && !change.equals("substantive");
    }
}
