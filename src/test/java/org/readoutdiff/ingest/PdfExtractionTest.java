package org.readoutdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** A PDF gives its text layer; scanned, protected, oversized and bomb-like files are refused in words. */
class PdfExtractionTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    static byte[] pdf(List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(HELVETICA, 11);
                    content.setLeading(14);
                    content.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            content.showText(line);
                        }
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Statement read(StatementReader reader, String name, byte[] bytes) throws UnreadableStatementException {
        return reader.read(new StatementSource(name, bytes, null), null, StatementMetadata.none());
    }

    @Test
    void readsTheTextLayerWithParagraphs() throws Exception {
        byte[] bytes = pdf(List.of(List.of(
                "President Xi Jinping met with U.S. President Joe Biden in Lima.",
                "",
                "The two presidents had a candid, in-depth and constructive",
                "conversation on the relationship.")));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "extraction-test.pdf"), bytes);
        Statement statement = read(new StatementReader(1 << 20), "readout.pdf", bytes);
        assertTrue(statement.text().startsWith("President Xi Jinping met with U.S. President Joe Biden in Lima.\n"),
                statement.text());
        assertTrue(statement.text().contains("candid, in-depth and constructive\nconversation on the relationship."),
                statement.text());
        assertTrue(statement.text().matches("(?s).*Lima\\.\\n\\n?The two.*"), statement.text());
        assertEquals(Statement.sha256(bytes), statement.sha256());
    }

    @Test
    void aScannedPdfWithoutTextLayerIsRefusedWithAHint() throws Exception {
        byte[] bytes = pdf(List.of(List.of()));
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read(new StatementReader(1 << 20), "scan.pdf", bytes));
        assertEquals(UnreadableStatementException.Reason.BAD_CONTENT, e.reason());
        assertEquals("scan.pdf: has no text layer (it looks like a scanned image); paste the text instead, "
                + "or run the file through OCR first", e.getMessage());
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws Exception {
        byte[] plain = pdf(List.of(List.of("Secret readout.")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain)) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(out);
        }
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read(new StatementReader(1 << 20), "locked.pdf", out.toByteArray()));
        assertEquals("locked.pdf: is password-protected; save an unprotected copy and try again", e.getMessage());
    }

    @Test
    void tooManyPagesAreRefusedBeforeReading() throws Exception {
        byte[] bytes = pdf(List.of(List.of("one"), List.of("two"), List.of("three")));
        StatementReader reader = new StatementReader(1 << 20, ExtractionLimits.defaults().withMaxPages(2));
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read(reader, "long.pdf", bytes));
        assertEquals(UnreadableStatementException.Reason.TOO_LARGE, e.reason());
        assertEquals("long.pdf: has 3 pages, more than the limit of 2", e.getMessage());
    }

    @Test
    void aTimeBudgetBoundsTheReading() throws Exception {
        byte[] bytes = pdf(List.of(List.of("one"), List.of("two")));
        StatementReader reader = new StatementReader(1 << 20, ExtractionLimits.defaults().withTimeBudget(Duration.ZERO));
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read(reader, "slow.pdf", bytes));
        assertEquals(UnreadableStatementException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("slow.pdf: took longer than 0 s to read"), e.getMessage());
    }

    /** A small file whose page content inflates to 64 MB: refused by the memory allowance, not the heap. */
    @Test
    void aDecompressionBombIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDStream stream = new PDStream(document);
            try (OutputStream content = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] comment = ("% " + "x".repeat(1_000) + "\n").getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 64_000; i++) {
                    content.write(comment);
                }
                content.write("BT /F1 11 Tf 72 720 Td (bomb) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            document.save(out);
        }
        assertTrue(out.size() < 1_000_000, "the bomb itself is small: " + out.size());
        StatementReader reader = new StatementReader(1 << 20, ExtractionLimits.defaults().withMaxMemoryBytes(4 << 20));
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read(reader, "bomb.pdf", out.toByteArray()));
        assertEquals(UnreadableStatementException.Reason.TOO_LARGE, e.reason());
        assertEquals("bomb.pdf: its contents expand to more than 4 MB when decompressed (a compressed 'bomb'?)", e.getMessage());
    }

    @Test
    void somethingThatIsNotAPdfIsRefused() {
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read(new StatementReader(1 << 20), "fake.pdf", "just text".getBytes(StandardCharsets.UTF_8)));
        assertEquals("fake.pdf: cannot be read: it is damaged or not really a PDF", e.getMessage());
    }
}
