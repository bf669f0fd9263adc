package org.readoutdiff.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.readoutdiff.report.comparison.ReportView;

/**
 * Splits a report that is too large to open comfortably into parts of at most about
 * {@code maxBytes} each (UTF-8), for a server that shows them one at a time as {@code ?part=N}.
 * Every part is what surrounds {@code <main>} (the header with the summary and the statements,
 * the footer) and a run of the main sections; the cuts fall between rows of the
 * side-by-side, items of the change list and sections. Elements open at a cut are closed at the
 * end of the part and opened again at the start of the next (a folded run of identical sentences
 * with its summary), so every part is well formed; a link
 * to an anchor that landed in another part leads to that part. Each part starts and ends its main
 * with a navigation between the parts ({@code report-parts.html}). A page under the limit is one
 * part, unchanged.
 *
 * <p>The page is split as it is rendered, and the parts wait gzipped until the last one is known:
 * the whole page (34 MB for a 1 MB counterparts pair) is never held as one string. The command
 * line's report stays one file: this is for the web service's stored pages. Thread-safe.
 */
public final class ReportParts {

    /** The web service's limit: parts end a little past it (at the next row), so none is over 5 MB. */
    public static final int DEFAULT_MAX_BYTES = 4_000_000;

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

    /**
     * Renders the report's content ({@link HtmlReportRenderer#writeContent}: the page without
     * its layout, which the server adds when it shows a part) and hands each part, in order, to
     * {@code part} (its number from 1, its text), holding one part in memory at a time.
     */
    public void render(HtmlReportRenderer renderer, ReportView view, int maxBytes, BiConsumer<Integer, String> part) {
        // The layout (head and style sheet) comes around each part when it is served: room for it too.
        Splitter splitter = new Splitter(maxBytes - renderer.layoutBytes());
        renderer.writeContent(view, new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                splitter.write(new String(buffer, offset, length));
            }

            @Override
            public void write(String text) {
                splitter.write(text);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        splitter.finish(part);
    }

    /** Takes the page in pieces as it is rendered; cuts its main content into bodies of the parts. */
    private final class Splitter {
        private final int maxBytes;
        private final StringBuilder prefix = new StringBuilder();
        private final StringBuilder suffix = new StringBuilder();
        private StringBuilder body = new StringBuilder();
        private final List<byte[]> bodies = new ArrayList<>();
        private final Map<String, Integer> partOfId = new HashMap<>();
        /** {name, opening tag, a fold's summary}, innermost first. */
        private final Deque<String[]> open = new ArrayDeque<>();
        private int state; // 0: before <main>, 1: inside it, 2: after it
        private long budget;
        private long bytes;
        private int scanned;
        private int counted;

        Splitter(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        void write(String text) {
            if (state == 2) {
                suffix.append(text);
                return;
            }
            if (state == 0) {
                prefix.append(text);
                int main = prefix.indexOf(MAIN_OPEN);
                if (main < 0) {
                    return;
                }
                int start = main + MAIN_OPEN.length();
                body.append(prefix, start, prefix.length());
                prefix.setLength(start);
                state = 1;
                // Room for the body: the limit less the page around it and the navigation.
                budget = Math.max(maxBytes / 4, maxBytes - utf8Length(prefix, 0, prefix.length()) - 16_384);
            } else {
                body.append(text);
            }
            scan();
        }

        private void scan() {
            while (state == 1) {
                int lt = body.indexOf("<", scanned);
                if (lt < 0) {
                    scanned = body.length();
                    return;
                }
                if (body.length() - lt < 4) {
                    scanned = lt;
                    return; // wait for the rest of the tag
                }
                if (body.charAt(lt + 1) == '!' && body.charAt(lt + 2) == '-' && body.charAt(lt + 3) == '-') {
                    int end = body.indexOf("-->", lt);
                    if (end < 0) {
                        scanned = lt;
                        return;
                    }
                    scanned = end + 3;
                    continue;
                }
                int gt = body.indexOf(">", lt);
                if (gt < 0) {
                    scanned = lt;
                    return;
                }
                bytes += utf8Length(body, counted, lt);
                counted = lt;
                if (body.charAt(lt + 1) == '/') {
                    if (open.isEmpty()) { // </main>
                        suffix.append(body, lt, body.length());
                        body.setLength(lt);
                        state = 2;
                        return;
                    }
                    open.pop();
                } else {
                    String tag = body.substring(lt, gt + 1);
                    String name = name(tag);
                    if (name.equals("summary") && !open.isEmpty() && open.peek()[0].equals("details")) {
                        // Kept with its fold, to open the fold again with it in the next part.
                        int end = body.indexOf("</summary>", gt);
                        if (end < 0) {
                            scanned = lt;
                            return;
                        }
                        open.peek()[2] = body.substring(lt, end + "</summary>".length());
                    }
                    if (bytes > budget && lt > 0 && isBoundary(name, tag)) {
                        lt = cut(lt);
                        gt = lt + tag.length() - 1;
                    }
                    if (!VOID.contains(name) && !tag.endsWith("/>")) {
                        open.push(new String[] {name, tag, null});
                    }
                }
                scanned = gt + 1;
            }
        }

        /** Ends the current body before {@code at}; the next starts with the open elements again. Returns where {@code at} moved. */
        private int cut(int at) {
            StringBuilder finished = new StringBuilder(at + 256).append(body, 0, at);
            for (String[] element : open) {
                finished.append("</").append(element[0]).append('>');
            }
            finished.append('\n');
            keep(finished.toString());
            StringBuilder next = new StringBuilder(Math.max(1024, body.length() - at + 1024));
            Iterator<String[]> outermostFirst = open.descendingIterator();
            while (outermostFirst.hasNext()) {
                String[] element = outermostFirst.next();
                next.append(element[1]);
                if (element[2] != null) { // a fold: its summary again
                    next.append(element[2]);
                }
            }
            next.append('\n');
            int moved = next.length();
            next.append(body, at, body.length());
            body = next;
            bytes = utf8Length(body, 0, moved);
            counted = moved;
            return moved;
        }

        private void keep(String finished) {
            int number = bodies.size() + 1;
            Matcher ids = ID.matcher(finished);
            while (ids.find()) {
                partOfId.putIfAbsent(ids.group(1), number);
            }
            bodies.add(gzip(finished));
        }

        void finish(BiConsumer<Integer, String> part) {
            if (state == 0) { // no <main>: the page as it is
                part.accept(1, prefix.toString());
                return;
            }
            if (bodies.isEmpty()) { // under the limit: the page as it is
                part.accept(1, prefix.toString() + body + suffix);
                return;
            }
            keep(body.toString());
            body = null;
            int count = bodies.size();
            for (int i = 0; i < count; i++) {
                int number = i + 1;
                String nav = navigation.data("part", number).data("count", count)
                        .data("prev", number > 1 ? number - 1 : null).data("next", number < count ? number + 1 : null)
                        .render();
                String text = gunzip(bodies.get(i));
                bodies.set(i, null);
                part.accept(number, linked(prefix + "\n" + nav + text + nav + "\n" + suffix, number, text));
            }
        }

        /** Links to anchors of another part lead to that part; links within the part stay as they are. */
        private String linked(String part, int number, String text) {
            Set<String> own = new HashSet<>();
            Matcher ids = ID.matcher(text);
            while (ids.find()) {
                own.add(ids.group(1));
            }
            Matcher links = LOCAL_LINK.matcher(part);
            StringBuilder out = new StringBuilder(part.length() + 4096);
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

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, text.length() / 8));
        try (OutputStream gzip = fastGzip(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 65_536)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * Deflate's fastest level: the service gzips every comparison's JSON, page and Markdown as it
     * answers, and the default level took about twice the CPU for about 15% fewer bytes.
     */
    private static OutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 65_536) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
