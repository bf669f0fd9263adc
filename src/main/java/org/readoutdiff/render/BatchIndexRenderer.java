package org.readoutdiff.render;

import org.readoutdiff.report.batch.BatchView;

/**
 * Renders a batch's {@code index.html}: one self-contained page listing the comparisons with
 * their verdicts and counts and linking to their reports. Like the report page it has no
 * script and no external request, its Content-Security-Policy allows nothing but its own style
 * sheet, named by its SHA-256 hash, and every expression goes through {@link HtmlText}.
 * Thread-safe; build once.
 */
public final class BatchIndexRenderer {

    private final SelfContainedPage index = new SelfContainedPage("index.html");

    public String render(BatchView view) {
        return index.with("index", view).render();
    }
}
