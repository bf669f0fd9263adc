package org.readoutdiff.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.readoutdiff.ingest.UnreadableStatementException.Reason;
import org.readoutdiff.text.Deadline;

/**
 * The body text of a Word .docx document (Apache POI), one paragraph per Word paragraph or
 * table cell; page headers, footers and comments are left out.
 *
 * <p>POI reads every XML part of the archive into memory (XMLBeans) before a character of text
 * can be counted, so the archive is first read once as a stream ({@link DocxPrecheck}):
 * inflated bytes, XML elements and characters of text are counted there, against the limits,
 * in constant memory. Only an archive that passes is given to POI, whose own zip-bomb guards
 * (a minimum compression ratio, a largest entry) stay set as a second line.
 */
final class DocxExtractor {

    private final ExtractionLimits limits;

    DocxExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    /**
     * POI keeps these limits in static fields; every extraction sets the same values. Set when a
     * document is read, not when the extractor is made: POI's classes start Log4j, 15 ms that a
     * command-line run reading only text files spent at every start.
     */
    private static synchronized void guardAgainstZipBombs(ExtractionLimits limits) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(limits.maxMemoryBytes());
        ZipSecureFile.setMaxFileCount(DocxPrecheck.MAX_ENTRIES);
    }

    String extract(StatementSource source) throws UnreadableStatementException {
        Deadline deadline = Deadline.after(limits.timeBudget());
        new DocxPrecheck(limits, deadline).check(source);
        guardAgainstZipBombs(limits);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(source.bytes()))) {
            Paragraphs paragraphs = new Paragraphs(limits.maxChars());
            addAll(document.getBodyElements(), paragraphs, deadline);
            String text = paragraphs.join();
            if (text.isBlank()) {
                throw new UnreadableStatementException(Reason.BAD_CONTENT, source.name() + ": contains no text");
            }
            return text;
        } catch (Paragraphs.LimitException e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE,
                    source.name() + ": has more than " + limits.maxChars() + " characters of text");
        } catch (TimeUp e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE, source.name() + ": took longer than "
                    + limits.timeBudget().toSeconds() + " s to read; it is too large or too complex");
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableStatementException(Reason.BAD_CONTENT, source.name()
                    + ": is not a Word .docx document (an older .doc file? save it as .docx)");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // POIXMLException, RecordFormatException, OpenXML4JRuntimeException, zip errors...: a
            // file that passed the precheck and still cannot be read is damaged, whatever POI says.
            String message = String.valueOf(e.getMessage());
            String detail = message.contains("Zip bomb") || message.contains("exceed")
                    ? "it expands to more than allowed (a compressed 'bomb'?)"
                    : "it is damaged or not really a .docx file";
            throw new UnreadableStatementException(Reason.BAD_CONTENT, source.name() + ": cannot be read: " + detail);
        }
    }

    private static void addAll(List<IBodyElement> elements, Paragraphs paragraphs, Deadline deadline)
            throws Paragraphs.LimitException {
        for (IBodyElement element : elements) {
            if (deadline.expired()) {
                throw new TimeUp();
            }
            if (element instanceof XWPFParagraph paragraph) {
                add(paragraph.getText(), paragraphs);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        addAll(cell.getBodyElements(), paragraphs, deadline);
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                add(control.getContent().getText(), paragraphs);
            }
        }
    }

    /** A Word paragraph; its soft line breaks (Shift+Enter) stay line breaks. */
    private static void add(String text, Paragraphs paragraphs) throws Paragraphs.LimitException {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                paragraphs.lineBreak();
            }
            paragraphs.text(lines[i]);
        }
        paragraphs.end();
    }

    private static final class TimeUp extends RuntimeException {
        TimeUp() {
            super(null, null, false, false);
        }
    }
}
