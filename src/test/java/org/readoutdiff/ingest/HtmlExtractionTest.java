package org.readoutdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** A web page gives its article body as paragraphs; navigation, scripts and page furniture are dropped. */
class HtmlExtractionTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Readout</title>
            <style>body { color: red }</style>
            <script>var tracking = "do not keep me";</script></head>
            <body>
            <header class="masthead"><a href="/">Ministry of Foreign Affairs</a> <form><input name=q></form></header>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/about">About us</a></li></ul></nav>
            <div class="layout">
              <aside>Related: <a href="/x">Another meeting</a></aside>
              <article>
                <header><h1>President Xi Meets with President Biden</h1><p class="date">2024/11/17</p></header>
                <p>On the afternoon of November 16 local time, President Xi Jinping met with
                   U.S. President Joe Biden in Lima.</p>
                <p>The two presidents had a <b>candid</b>, in-depth and constructive
                   conversation.<br>Both sides agreed to keep talking.</p>
                <script>document.write("injected")</script>
                <div class="share"><button>Share</button></div>
                <footer>Editor: Li</footer>
              </article>
            </div>
            <footer>© Ministry · <a href="/privacy">Privacy</a></footer>
            </body></html>
            """;

    private final StatementReader reader = new StatementReader(1 << 20);

    private Statement read(String name, byte[] bytes) throws UnreadableStatementException {
        return reader.read(new StatementSource(name, bytes, null), null, StatementMetadata.none());
    }

    @Test
    void keepsTheArticleAsParagraphsAndDropsEverythingElse() throws Exception {
        Statement statement = read("readout.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals("""
                President Xi Meets with President Biden

                2024/11/17

                On the afternoon of November 16 local time, President Xi Jinping met with U.S. President Joe Biden in Lima.

                The two presidents had a candid, in-depth and constructive conversation.
                Both sides agreed to keep talking.""", statement.text());
        assertEquals(Statement.sha256(PAGE.getBytes(StandardCharsets.UTF_8)), statement.sha256(),
                "the hash is of the raw bytes, not of the extracted text");
        assertEquals("readout.html", statement.label());
    }

    @Test
    void withoutArticleOrMainTheDensestBlockOfParagraphsIsTheBody() throws Exception {
        String page = """
                <html><body>
                <div id="menu"><a href="/">Home</a> | <a href="/en">English</a> | <a href="/zh">中文</a></div>
                <div id="content">
                  <p>First paragraph of the statement, long enough to be the body of the page.</p>
                  <p>Second paragraph, also part of what was said at the meeting.</p>
                </div>
                <div id="links"><p>Links</p></div>
                </body></html>""";
        assertEquals("First paragraph of the statement, long enough to be the body of the page.\n\n"
                + "Second paragraph, also part of what was said at the meeting.",
                read("page.htm", page.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void theCharacterSetComesFromTheMetaTag() throws Exception {
        String page = "<html><head><meta charset=\"GB18030\"></head><body><main><p>习近平同拜登会晤。</p></main></body></html>";
        Statement statement = read("zh.html", page.getBytes(Charset.forName("GB18030")));
        assertEquals("习近平同拜登会晤。", statement.text());
    }

    @Test
    void aPageWithoutTextIsRefused() {
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read("empty.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(UnreadableStatementException.Reason.BAD_CONTENT, e.reason());
        assertEquals("empty.html: contains no text", e.getMessage());
    }

    @Test
    void textBeyondTheLimitIsRefused() {
        StatementReader small = new StatementReader(1 << 20, ExtractionLimits.defaults().withMaxChars(100));
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class, () -> small.read(
                new StatementSource("long.html", PAGE.getBytes(StandardCharsets.UTF_8), null), null, null));
        assertEquals(UnreadableStatementException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("long.html: has more than 100 characters"), e.getMessage());
    }

    @Test
    void unsupportedTypesAreNamed() {
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read("statement.doc", new byte[] {1, 2, 3}));
        assertEquals(UnreadableStatementException.Reason.UNSUPPORTED_TYPE, e.reason());
        assertEquals("statement.doc: .doc files are not supported; use .txt, .md, .html, .pdf or .docx "
                + "(save the Word file as .docx)", e.getMessage());
    }
}
