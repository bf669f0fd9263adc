package org.readoutdiff.report.comparison;

/**
 * A sentence found on one side only, for the omissions lists.
 *
 * @param anchor the row that shows it (its own id)
 * @param topics labels of its other topics (the first is its group's), joined with ", ", or ""
 */
public record OneSidedView(String id, String anchor, String text, boolean boilerplate, String topics) {
}
