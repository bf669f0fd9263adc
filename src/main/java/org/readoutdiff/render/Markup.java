package org.readoutdiff.render;

/**
 * HTML that this program's own templates made, escaped when it was rendered: a report's content
 * kept with its comparison, or the site's header for a served report. {@link HtmlText} writes
 * it as it is, where every other value is escaped; so it is made only from rendered templates,
 * never from statement text or anything else a user gave.
 */
public record Markup(String html) {

    public static final Markup NONE = new Markup("");

    @Override
    public String toString() {
        return html;
    }
}
