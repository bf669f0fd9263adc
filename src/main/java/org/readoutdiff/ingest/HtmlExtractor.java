package org.readoutdiff.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article body of a web page as plain text: navigation, page header and footer, side bars,
 * forms, scripts and styles are dropped; the body is the page's {@code <article>}, else its
 * {@code <main>}, else the element whose paragraphs hold the most text. Block elements become
 * paragraphs separated by blank lines, so the segmenter sees the page's paragraphs.
 */
final class HtmlExtractor {

    /** Never part of what a statement says. */
    private static final String NOISE = String.join(", ",
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
            "form", "button", "select", "input", "textarea", "dialog", "nav", "aside", "footer", "menu",
            "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
            "[role=complementary]", "[role=search]", "[role=dialog]");

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "caption", "center",
            "dd", "details", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul");

    /** Below this share of the page's text, an {@code <article>} or {@code <main>} is a teaser, not the body. */
    private static final double MIN_SHARE = 0.25;

    private final ExtractionLimits limits;

    HtmlExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    String extract(StatementSource source) throws UnreadableStatementException {
        int tags = tags(source.bytes());
        if (tags > ExtractionLimits.MAX_ELEMENTS) {
            // jsoup would keep every one of them as an object; no real page has that many.
            throw new UnreadableStatementException(UnreadableStatementException.Reason.TOO_LARGE, String.format(
                    Locale.ROOT, "%s: has more than %,d HTML elements; no real page needs that many "
                            + "(a damaged or hostile file?)", source.name(), ExtractionLimits.MAX_ELEMENTS));
        }
        Document page;
        try {
            // jsoup works the character set out from a byte-order mark or <meta charset>, else UTF-8;
            // it caps the depth of nested elements (512) by itself.
            page = Jsoup.parse(new ByteArrayInputStream(source.bytes()), source.declaredCharset(), "");
        } catch (IllegalArgumentException e) {
            throw new UnreadableStatementException(UnreadableStatementException.Reason.BAD_CONTENT,
                    source.name() + ": unknown character set (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableStatementException(UnreadableStatementException.Reason.BAD_CONTENT,
                    source.name() + ": cannot be read as a web page");
        }
        page.select(NOISE).remove();
        for (Element header : page.select("header")) {
            if (header.closest("article, main, [role=main]") == null) {
                header.remove();
            }
        }
        Element body = source.selector() == null ? body(page) : selected(page, source);
        Paragraphs paragraphs = new Paragraphs(limits.maxChars());
        try {
            NodeTraversor.traverse(new TextVisitor(paragraphs), body);
        } catch (LimitReached e) {
            throw new UnreadableStatementException(UnreadableStatementException.Reason.TOO_LARGE,
                    source.name() + ": has more than " + limits.maxChars() + " characters of text");
        }
        return paragraphs.join();
    }

    /**
     * An upper bound of the elements jsoup would make: a {@code <} followed by a letter starts a
     * tag (comments, end tags and text that merely contains {@code <} followed by a space do not);
     * a zero byte in between is skipped, for pages in UTF-16.
     */
    static int tags(byte[] bytes) {
        int tags = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '<') {
                int next = bytes[i + 1] == 0 && i + 2 < bytes.length ? bytes[i + 2] : bytes[i + 1];
                if ((next | 0x20) >= 'a' && (next | 0x20) <= 'z') {
                    tags++;
                }
            }
        }
        return tags;
    }

    /** The elements a selector picks, as one body (their text in page order); none is an error. */
    private static Element selected(Document page, StatementSource source) throws UnreadableStatementException {
        Elements picked;
        try {
            picked = page.select(source.selector());
        } catch (RuntimeException e) {
            throw new UnreadableStatementException(UnreadableStatementException.Reason.BAD_CONTENT,
                    source.name() + ": the selector '" + source.selector() + "' is not a CSS selector");
        }
        if (picked.isEmpty()) {
            throw new UnreadableStatementException(UnreadableStatementException.Reason.BAD_CONTENT,
                    source.name() + ": the selector '" + source.selector() + "' matches nothing on the page");
        }
        if (picked.size() == 1) {
            return picked.first();
        }
        Element body = new Element("div");
        for (Element element : picked) {
            if (picked.stream().noneMatch(other -> other != element && element.parents().contains(other))) {
                body.appendChild(element.clone());
            }
        }
        return body;
    }

    static Element body(Document page) {
        Element body = page.body();
        int total = body.text().length();
        for (String candidates : new String[] {"article", "main, [role=main]"}) {
            Element largest = largest(page.select(candidates));
            if (largest != null && largest.text().length() >= MIN_SHARE * total) {
                return largest;
            }
        }
        Element dense = densestBlock(body);
        return dense != null && dense.text().length() >= MIN_SHARE * total ? dense : body;
    }

    private static Element largest(Elements elements) {
        return elements.stream().max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
    }

    /** The element whose own paragraphs carry the most text (the idea behind readability tools). */
    private static Element densestBlock(Element body) {
        Map<Element, Integer> scores = new HashMap<>();
        for (Element paragraph : body.select("p, pre, blockquote")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, paragraph.text().length(), Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.<Element, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().siblingIndex()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static final class TextVisitor implements NodeVisitor {

        private final Paragraphs paragraphs;

        TextVisitor(Paragraphs paragraphs) {
            this.paragraphs = paragraphs;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                try {
                    paragraphs.text(text.getWholeText());
                } catch (Paragraphs.LimitException e) {
                    throw new LimitReached();
                }
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    paragraphs.lineBreak();
                } else if (BLOCKS.contains(tag)) {
                    paragraphs.end();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                paragraphs.end();
            } else if (node instanceof Element element && (element.normalName().equals("td")
                    || element.normalName().equals("th"))) {
                try {
                    paragraphs.text(" ");
                } catch (Paragraphs.LimitException e) {
                    throw new LimitReached();
                }
            }
        }
    }

    /** Unchecked, to leave the traversal early; turned back into a message above. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }
}
