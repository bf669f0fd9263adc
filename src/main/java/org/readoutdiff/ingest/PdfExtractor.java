package org.readoutdiff.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.readoutdiff.ingest.UnreadableStatementException.Reason;
import org.readoutdiff.text.Deadline;

/**
 * The text layer of a PDF (PDFBox). Bounded: pages, characters, memory for decompressed streams
 * (a PDF bomb runs out of its allowance, not of the heap) and time, checked page by page.
 */
final class PdfExtractor {

    private final ExtractionLimits limits;

    PdfExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    String extract(StatementSource source) throws UnreadableStatementException {
        Deadline deadline = Deadline.after(limits.timeBudget());
        try (PDDocument document = Loader.loadPDF(source.bytes(), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new UnreadableStatementException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "%s: has %d pages, more than the limit of %d", source.name(), pages, limits.maxPages()));
            }
            BoundedStripper stripper = new BoundedStripper(deadline, limits.maxChars(), limits.maxMemoryBytes());
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(document);
            String cleaned = clean(text);
            if (cleaned.isBlank()) {
                throw new UnreadableStatementException(Reason.BAD_CONTENT, source.name()
                        + ": has no text layer (it looks like a scanned image); paste the text instead, "
                        + "or run the file through OCR first");
            }
            return cleaned;
        } catch (InvalidPasswordException e) {
            throw new UnreadableStatementException(Reason.BAD_CONTENT,
                    source.name() + ": is password-protected; save an unprotected copy and try again");
        } catch (TimeUp e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE, source.name()
                    + ": took longer than " + limits.timeBudget().toSeconds() + " s to read; it is too large or too complex");
        } catch (TooMuchContent e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE, source.name() + ": its pages expand to more than "
                    + limits.maxMemoryBytes() / 1_000_000 + " MB of content (a compressed 'bomb'?)");
        } catch (TooMuchText e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE,
                    source.name() + ": has more than " + limits.maxChars() + " characters of text");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a broken file, and an exhausted memory allowance, as IOException (or worse).
            String detail = e.getMessage() != null && e.getMessage().contains("memory")
                    ? "it needs more memory to read than allowed (a compressed 'bomb'?)"
                    : "it is damaged or not really a PDF";
            throw new UnreadableStatementException(Reason.BAD_CONTENT, source.name() + ": cannot be read: " + detail);
        }
    }

    /** PDF text as the segmenter wants it: no trailing spaces, at most one blank line in a row. */
    static String clean(String text) {
        return text.replace("\r\n", "\n")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static final class BoundedStripper extends PDFTextStripper {

        private final Deadline deadline;
        private final int maxChars;
        private long contentAllowance;
        private long written;

        BoundedStripper(Deadline deadline, int maxChars, long maxContentBytes) {
            this.deadline = deadline;
            this.maxChars = maxChars;
            this.contentAllowance = maxContentBytes;
        }

        /**
         * Before a page is parsed, its content stream is inflated once just to count it: the
         * parser streams a page without checking time, so a page that inflates to gigabytes
         * would run long, and the memory allowance alone does not catch it.
         */
        @Override
        public void processPage(PDPage page) throws IOException {
            if (deadline.expired()) {
                throw new TimeUp();
            }
            byte[] buffer = new byte[65_536];
            try (InputStream content = page.getContents()) {
                int read;
                while (content != null && (read = content.read(buffer)) >= 0) {
                    contentAllowance -= read;
                    if (contentAllowance < 0) {
                        throw new TooMuchContent();
                    }
                }
            }
            super.processPage(page);
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
}
