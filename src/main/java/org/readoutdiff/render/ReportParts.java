package org.readoutdiff.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a rendered report page that is too large to open comfortably into parts of at most
 * about {@code maxBytes} each (UTF-8), for a server that shows them one at a time as
 * {@code ?part=N}. Every part is the whole page around {@code <main>} (head, styles, header with
 * the summary and the statements) and a run of the main sections; the cuts fall between rows of
 * the side-by-side, items of the change list and sections, never inside a folded run of
 * identical sentences unless that run alone is too large. Elements open at a cut are closed at
 * the end of the part and opened again at the start of the next, so every part is a well-formed
 * page; a link to an anchor that landed in another part leads to that part. Each part starts and
 * ends its main with a navigation between the parts ({@code report-parts.html}).
 *
 * <p>The command line's report stays one file: this is for the web service's stored pages.
 */
public final class ReportParts {

    /** The web service's limit: no page much over 5 MB. */
    public static final int DEFAULT_MAX_BYTES = 4_500_000;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern LOCAL_LINK = Pattern.compile("href=\"#([^\"]+)\"");
    private static final String MAIN_OPEN = "<main>";
    private static final String MAIN_CLOSE = "</main>";

    private final Template navigation;

    public ReportParts() {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlText()).strictRendering(true).build();
        navigation = engine.parse(SelfContainedPage.resource("report-parts.html"),
                new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML), "report-parts.html");
    }

    /** The page in parts of at most about {@code maxBytes}; one part (the page itself) when it is small enough. */
    public List<String> split(String page, int maxBytes) {
        int mainStart = page.indexOf(MAIN_OPEN);
        int mainEnd = page.lastIndexOf(MAIN_CLOSE);
        if (utf8Length(page, 0, page.length()) <= maxBytes || mainStart < 0 || mainEnd < mainStart) {
            return List.of(page);
        }
        int bodyStart = mainStart + MAIN_OPEN.length();
        String prefix = page.substring(0, bodyStart);
        String suffix = page.substring(mainEnd);
        long budget = Math.max(maxBytes / 4, maxBytes - utf8Length(prefix, 0, prefix.length())
                - utf8Length(suffix, 0, suffix.length()) - 8_192);
        List<String> bodies = cut(page, bodyStart, mainEnd, budget);
        if (bodies.size() == 1) {
            return List.of(page);
        }
        Map<String, Integer> partOfId = new HashMap<>();
        for (int i = bodies.size() - 1; i >= 0; i--) {
            Matcher ids = ID.matcher(bodies.get(i));
            while (ids.find()) {
                partOfId.put(ids.group(1), i + 1);
            }
        }
        List<String> parts = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            int part = i + 1;
            String nav = navigation.data("part", part).data("count", bodies.size())
                    .data("prev", part > 1 ? part - 1 : null).data("next", part < bodies.size() ? part + 1 : null).render();
            String whole = prefix + "\n" + nav + bodies.get(i) + nav + "\n" + suffix;
            parts.add(linked(whole, i + 1, bodies.get(i), partOfId));
        }
        return parts;
    }

    /** The main content cut into runs of at most about {@code budget} bytes, each well-formed. */
    private static List<String> cut(String page, int from, int to, long budget) {
        List<String> bodies = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {name, opening tag}
        StringBuilder current = new StringBuilder();
        long bytes = 0;
        int copied = from;
        int counted = from;
        int i = page.indexOf('<', from);
        while (i >= 0 && i < to) {
            bytes += utf8Length(page, counted, i);
            counted = i;
            if (page.startsWith("<!--", i)) {
                int end = page.indexOf("-->", i);
                i = end < 0 ? -1 : page.indexOf('<', end + 3);
                continue;
            }
            int end = page.indexOf('>', i);
            if (end < 0 || end >= to) {
                break;
            }
            if (page.charAt(i + 1) == '/') {
                if (!open.isEmpty()) {
                    open.pop();
                }
            } else {
                String tag = page.substring(i, end + 1);
                String name = name(tag);
                boolean insideFold = open.stream().anyMatch(e -> e[0].equals("details"));
                boolean cutHere = bytes > budget && i > copied && isBoundary(name, tag)
                        && (!insideFold || bytes > 2 * budget);
                if (cutHere) {
                    current.append(page, copied, i);
                    closeAll(open, current);
                    bodies.add(current.toString());
                    current = new StringBuilder();
                    reopenAll(open, current);
                    bytes = utf8Length(current, 0, current.length());
                    copied = i;
                }
                if (!VOID.contains(name) && !tag.endsWith("/>")) {
                    open.push(new String[] {name, tag});
                }
            }
            i = page.indexOf('<', end + 1);
        }
        current.append(page, copied, to);
        bodies.add(current.toString());
        return bodies;
    }

    private static boolean isBoundary(String name, String tag) {
        return name.equals("li") || name.equals("section") || name.equals("details")
                || (name.equals("div") && tag.startsWith("<div class=\"row ") && !tag.startsWith("<div class=\"row head"));
    }

    private static String name(String tag) {
        int end = 1;
        while (end < tag.length() && Character.isLetterOrDigit(tag.charAt(end))) {
            end++;
        }
        return tag.substring(1, end).toLowerCase(Locale.ROOT);
    }

    private static void closeAll(Deque<String[]> open, StringBuilder out) {
        for (String[] element : open) { // innermost first
            out.append("</").append(element[0]).append('>');
        }
        out.append('\n');
    }

    private static void reopenAll(Deque<String[]> open, StringBuilder out) {
        Iterator<String[]> outermostFirst = open.descendingIterator();
        while (outermostFirst.hasNext()) {
            out.append(outermostFirst.next()[1]);
        }
        out.append('\n');
    }

    /** Links to anchors of another part lead to that part; links within the part stay as they are. */
    private static String linked(String part, int number, String body, Map<String, Integer> partOfId) {
        Matcher ids = ID.matcher(body);
        java.util.HashSet<String> own = new java.util.HashSet<>();
        while (ids.find()) {
            own.add(ids.group(1));
        }
        Matcher links = LOCAL_LINK.matcher(part);
        StringBuilder out = new StringBuilder(part.length() + 1024);
        while (links.find()) {
            String id = links.group(1);
            Integer elsewhere = own.contains(id) ? null : partOfId.get(id);
            String replacement = elsewhere == null || elsewhere == number ? links.group()
                    : "href=\"?part=" + elsewhere + "#" + id + "\"";
            links.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        links.appendTail(out);
        return out.toString();
    }

    static long utf8Length(CharSequence text, int from, int to) {
        long bytes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
