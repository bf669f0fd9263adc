package org.readoutdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** A Word document gives its body text, one paragraph per Word paragraph; zip bombs are refused. */
class DocxExtractionTest {

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("Page header");
            XWPFRun title = document.createParagraph().createRun();
            title.setBold(true);
            title.setText("Readout of the meeting");
            XWPFParagraph body = document.createParagraph();
            body.createRun().setText("The two presidents had a ");
            XWPFRun bold = body.createRun();
            bold.setBold(true);
            bold.setText("candid");
            body.createRun().setText(", in-depth and constructive conversation.");
            XWPFRun lines = document.createParagraph().createRun();
            lines.setText("First line.");
            lines.addBreak();
            lines.setText("Second line.");
            document.createParagraph();
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Left cell.");
            table.getRow(0).getCell(1).setText("Right cell.");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static Statement read(StatementReader reader, String name, byte[] bytes) throws UnreadableStatementException {
        return reader.read(new StatementSource(name, bytes, null), null, StatementMetadata.none());
    }

    @Test
    void readsTheBodyAsParagraphsWithoutHeaders() throws Exception {
        byte[] bytes = docx();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "extraction-test.docx"), bytes);
        Statement statement = read(new StatementReader(1 << 20), "readout.docx", bytes);
        assertEquals("""
                Readout of the meeting

                The two presidents had a candid, in-depth and constructive conversation.

                First line.
                Second line.

                Left cell.

                Right cell.""", statement.text());
        assertEquals(Statement.sha256(bytes), statement.sha256());
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 200_000, "the bomb itself is small: " + out.size());
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read(new StatementReader(1 << 20), "bomb.docx", out.toByteArray()));
        assertEquals(UnreadableStatementException.Reason.TOO_LARGE, e.reason());
        assertEquals("bomb.docx: expands to more than 64 MB when decompressed (a compressed 'bomb'?)", e.getMessage());
    }

    @Test
    void anotherFileNamedDocxIsRefused() {
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> read(new StatementReader(1 << 20), "fake.docx", "plain text".getBytes(StandardCharsets.UTF_8)));
        assertEquals(UnreadableStatementException.Reason.BAD_CONTENT, e.reason());
        assertTrue(e.getMessage().startsWith("fake.docx: "), e.getMessage());
    }
}
