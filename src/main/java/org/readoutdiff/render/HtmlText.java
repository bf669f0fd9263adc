package org.readoutdiff.render;

import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.Variant;
import java.util.List;
import org.readoutdiff.report.VisibleText;

/**
 * How every expression of an HTML template is written: invisible characters made visible
 * ({@link VisibleText}), then HTML-escaped by Qute's own {@link HtmlEscaper}. Unlike Qute's
 * default it applies to {@code raw} values too, so no template can print untrusted text
 * unescaped, whatever it writes; only {@link Markup}, HTML that a template of this package
 * rendered earlier, is written as it is. The reports' engine uses it, and so does the site's Quarkus
 * engine (web registers it), so a label or a statement looks the same on every page.
 */
public final class HtmlText implements ResultMapper {

    private final HtmlEscaper escaper = new HtmlEscaper(List.of(Variant.TEXT_HTML));

    public HtmlText() {
        // one per engine; thread-safe
    }

    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean appliesTo(TemplateNode.Origin origin, Object result) {
        return !(result instanceof Markup)
                && origin.getVariant().map(v -> Variant.TEXT_HTML.equals(v.getContentType())).orElse(false);
    }

    @Override
    public String map(Object result, Expression expression) {
        return escaper.map(VisibleText.of(String.valueOf(result)), expression);
    }
}
