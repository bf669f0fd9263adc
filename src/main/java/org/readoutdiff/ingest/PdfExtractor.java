package org.readoutdiff.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.readoutdiff.ingest.UnreadableStatementException.Reason;
import org.readoutdiff.text.Deadline;

/**
 * The text layer of a PDF (PDFBox). Bounded at every step, so that a PDF bomb is refused with a
 * message long before it reaches the heap (issue 12: a 156 KB page of text operators that
 * inflates to 80 MB used to exhaust a 6 GB heap inside the text stripper):
 *
 * <ol>
 * <li>before any text is read, every stream the text stripper may decode (page contents, forms,
 * fonts; not images, which it never decodes) is decompressed once into a counter, through
 * PDFBox's own filters (the general ones: Flate, LZW, ASCII, run-length; never an image codec,
 * which would allocate a whole raster): together they may expand to at most
 * {@code maxMemoryBytes};</li>
 * <li>while a page is read, its drawing operations, the depth of saved graphics states and its
 * glyphs are counted (each glyph becomes an object that lives until the page ends), and the
 * document's characters and the time are checked.</li>
 * </ol>
 */
final class PdfExtractor {

    /** Glyphs on one page: a dense page of small print has some 10,000. */
    static final int MAX_PAGE_CHARS = 100_000;
    /** Operators on one page (nested forms included). */
    static final int MAX_PAGE_OPERATORS = 1_000_000;
    /** Saved graphics states ({@code q}) open at once; the PDF standard suggests readers allow 28. */
    static final int MAX_SAVED_STATES = 1_000;
    /**
     * Objects of one file. PDFBox keeps every object it parses, at some 600 bytes each (measured:
     * 450,000 one-number objects in 12 MB took more than a 250 MB heap, and a file without a
     * cross-reference table has all of them parsed when it is loaded); a 1,000-page report has
     * tens of thousands.
     */
    static final int MAX_OBJECTS = 150_000;

    private final ExtractionLimits limits;

    PdfExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    String extract(StatementSource source) throws UnreadableStatementException {
        Deadline deadline = Deadline.after(limits.timeBudget());
        String name = source.name();
        if (objectKeywords(source.bytes()) > MAX_OBJECTS) {
            throw new UnreadableStatementException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "%s: has more than %,d objects (a damaged or hostile file?)", name, MAX_OBJECTS));
        }
        try (PDDocument document = Loader.loadPDF(source.bytes(), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new UnreadableStatementException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "%s: has %d pages, more than the limit of %d", name, pages, limits.maxPages()));
            }
            if (document.getDocument().getXrefTable().size() > MAX_OBJECTS) {
                // objects packed in compressed object streams, which the keyword count cannot see
                throw new UnreadableStatementException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "%s: has more than %,d objects (a damaged or hostile file?)", name, MAX_OBJECTS));
            }
            checkInflatedSize(document.getDocument(), limits.maxMemoryBytes(), deadline);
            BoundedStripper stripper = new BoundedStripper(deadline, limits.maxChars());
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(document);
            String cleaned = clean(text);
            if (cleaned.isBlank()) {
                throw new UnreadableStatementException(Reason.BAD_CONTENT, name
                        + ": has no text layer (it looks like a scanned image); paste the text instead, "
                        + "or run the file through OCR first");
            }
            return cleaned;
        } catch (InvalidPasswordException e) {
            throw new UnreadableStatementException(Reason.BAD_CONTENT,
                    name + ": is password-protected; save an unprotected copy and try again");
        } catch (TimeUp e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE, name
                    + ": took longer than " + limits.timeBudget().toSeconds() + " s to read; it is too large or too complex");
        } catch (TooMuchContent e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE, name + ": its contents expand to more than "
                    + ExtractionLimits.megabytes(limits.maxMemoryBytes()) + " when decompressed (a compressed 'bomb'?)");
        } catch (TooMuchText e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE,
                    name + ": has more than " + limits.maxChars() + " characters of text");
        } catch (PageTooComplex e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE, name + ": " + e.getMessage()
                    + " (a damaged or hostile file?)");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports a broken file as IOException, sometimes as a RuntimeException, and a
            // deeply nested one can overflow its recursive parser's stack.
            throw new UnreadableStatementException(Reason.BAD_CONTENT, name + ": cannot be read: it is damaged or not really a PDF");
        }
    }

    /**
     * How many objects the file declares in the open: the keyword {@code obj} after white space
     * and not followed by a letter ({@code endobj} is preceded by a letter). PDFBox is not asked:
     * loading a file is what costs the memory.
     */
    static int objectKeywords(byte[] bytes) {
        int count = 0;
        for (int i = 1; i + 2 < bytes.length; i++) {
            if (bytes[i] == 'o' && bytes[i + 1] == 'b' && bytes[i + 2] == 'j' && isWhiteSpace(bytes[i - 1])
                    && (i + 3 == bytes.length || !Character.isLetter(bytes[i + 3]))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    /** PDF text as the segmenter wants it: no trailing spaces, at most one blank line in a row. */
    static String clean(String text) {
        return text.replace("\r\n", "\n")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /**
     * Decompresses every stream except images into a counter, through PDFBox's filters, and
     * stops when together they pass {@code allowance}. A stream whose data is broken counts as
     * far as it decodes: PDFBox is lenient with those later, and so is this check.
     */
    static void checkInflatedSize(COSDocument document, long allowance, Deadline deadline) {
        CountingSink sink = new CountingSink(allowance);
        for (Map.Entry<COSObjectKey, Long> entry : new ArrayList<>(document.getXrefTable().entrySet())) {
            if (deadline.expired()) {
                throw new TimeUp();
            }
            COSBase object = document.getObjectFromPool(entry.getKey()).getObject();
            if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                decode(stream, sink);
            }
        }
    }

    private static void decode(COSStream stream, CountingSink sink) {
        List<COSName> names = filterNames(stream.getFilters());
        if (!GENERAL_FILTERS.containsAll(names)) {
            // An image codec (DCT, JPX, JBIG2, CCITT) or encryption: the text stripper never
            // decodes these, and an image codec would allocate the whole raster to count it.
            return;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            if (names.isEmpty()) {
                raw.transferTo(sink);
                return;
            }
            InputStream input = raw;
            for (int i = 0; i < names.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
                if (i == names.size() - 1) {
                    filter.decode(input, sink, stream, i, DecodeOptions.DEFAULT);
                } else {
                    // An intermediate result is kept, but never more of it than the allowance left.
                    BoundedBuffer buffer = new BoundedBuffer(sink.left());
                    filter.decode(input, buffer, stream, i, DecodeOptions.DEFAULT);
                    input = new ByteArrayInputStream(buffer.toByteArray());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooMuchContent tooMuch) {
                throw tooMuch;
            }
            // damaged or unknown filter: PDFBox decides later whether it can read it
        }
    }

    /** The filters that only decompress bytes, by their full and abbreviated names. */
    private static final java.util.Set<COSName> GENERAL_FILTERS = java.util.Set.of(
            COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION, COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION,
            COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION, COSName.ASCII85_DECODE,
            COSName.ASCII85_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION);

    private static List<COSName> filterNames(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Counts bytes written to it and keeps none; past the allowance it stops the decoding. */
    private static final class CountingSink extends OutputStream {

        private final long allowance;
        private long written;

        CountingSink(long allowance) {
            this.allowance = allowance;
        }

        long left() {
            return allowance - written;
        }

        @Override
        public void write(int b) {
            add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            add(len);
        }

        private void add(long count) {
            written += count;
            if (written > allowance) {
                throw new TooMuchContent();
            }
        }
    }

    /** A buffer that refuses to grow past its capacity. */
    private static final class BoundedBuffer extends ByteArrayOutputStream {

        private final long capacity;

        BoundedBuffer(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public synchronized void write(int b) {
            check(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            check(len);
            super.write(b, off, len);
        }

        private void check(int more) {
            if (count + (long) more > capacity) {
                throw new TooMuchContent();
            }
        }
    }

    private static final class BoundedStripper extends PDFTextStripper {

        private final Deadline deadline;
        private final int maxChars;
        private long written;
        private long glyphs;
        private int pageNumber;
        private int pageGlyphs;
        private int pageOperators;
        private int savedStates;

        BoundedStripper(Deadline deadline, int maxChars) {
            this.deadline = deadline;
            this.maxChars = maxChars;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (deadline.expired()) {
                throw new TimeUp();
            }
            pageNumber++;
            pageGlyphs = 0;
            pageOperators = 0;
            savedStates = 0;
            super.processPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++pageOperators > MAX_PAGE_OPERATORS) {
                throw new PageTooComplex(String.format(Locale.ROOT,
                        "has more than %,d drawing operations on one page (page %d)", MAX_PAGE_OPERATORS, pageNumber));
            }
            if ((pageOperators & 0xfff) == 0 && deadline.expired()) {
                throw new TimeUp();
            }
            String name = operator.getName();
            if (OperatorName.SAVE.equals(name) && ++savedStates > MAX_SAVED_STATES) {
                throw new PageTooComplex(String.format(Locale.ROOT,
                        "nests graphics states more than %,d deep (page %d)", MAX_SAVED_STATES, pageNumber));
            } else if (OperatorName.RESTORE.equals(name) && savedStates > 0) {
                savedStates--;
            }
            super.processOperator(operator, operands);
        }

        /** Every glyph is kept until its page is written: count them as they come. */
        @Override
        protected void processTextPosition(TextPosition text) {
            if (++pageGlyphs > MAX_PAGE_CHARS) {
                throw new PageTooComplex(String.format(Locale.ROOT,
                        "has more than %,d characters of text on one page (page %d)", MAX_PAGE_CHARS, pageNumber));
            }
            if (++glyphs > maxChars) {
                throw new TooMuchText();
            }
            if ((pageGlyphs & 0x3ff) == 0 && deadline.expired()) {
                throw new TimeUp();
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text) throws IOException {
            written += text.length();
            if (written > maxChars) {
                throw new TooMuchText();
            }
            if (deadline.expired()) {
                throw new TimeUp();
            }
            super.writeString(text);
        }
    }

    private static final class TimeUp extends RuntimeException {
        TimeUp() {
            super(null, null, false, false);
        }
    }

    private static final class TooMuchContent extends RuntimeException {
        TooMuchContent() {
            super(null, null, false, false);
        }
    }

    private static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super(null, null, false, false);
        }
    }

    private static final class PageTooComplex extends RuntimeException {
        PageTooComplex(String message) {
            super(message, null, false, false);
        }
    }
}
