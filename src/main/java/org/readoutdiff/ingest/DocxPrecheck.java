package org.readoutdiff.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.readoutdiff.ingest.UnreadableStatementException.Reason;
import org.readoutdiff.text.Deadline;

/**
 * Reads a .docx archive once as a stream before POI builds anything from it: every entry is
 * inflated into a counter (together at most {@code maxMemoryBytes}), every XML part is read
 * with StAX (no DTD, no external entities) counting its elements (at most {@link
 * ExtractionLimits#MAX_ELEMENTS}) and the characters inside Word's text runs {@code <w:t>}
 * (at most {@code maxChars}). Memory stays constant whatever the archive holds, so a 1 MB file
 * that inflates to 1 GB, or 60 MB of XML that POI would turn into gigabytes of objects, is
 * refused in well under a second.
 */
final class DocxPrecheck {

    /** Entries of one archive: a Word document has a few dozen. */
    static final int MAX_ENTRIES = 1_000;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private final ExtractionLimits limits;
    private final Deadline deadline;
    private long inflated;
    private long elements;
    private long characters;

    DocxPrecheck(ExtractionLimits limits, Deadline deadline) {
        this.limits = limits;
        this.deadline = deadline;
    }

    void check(StatementSource source) throws UnreadableStatementException {
        String name = source.name();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(source.bytes()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableStatementException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                            "%s: holds more than %,d parts; a Word document has a few dozen", name, MAX_ENTRIES));
                }
                InputStream counted = new Counted(zip);
                String part = entry.getName().toLowerCase(Locale.ROOT);
                if (part.endsWith(".xml") || part.endsWith(".rels")) {
                    readXml(counted, name);
                }
                counted.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (TooMuch e) {
            throw new UnreadableStatementException(Reason.TOO_LARGE, name + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableStatementException(Reason.BAD_CONTENT,
                    name + ": cannot be read: it is damaged or not really a .docx file");
        }
        if (entries == 0) {
            throw new UnreadableStatementException(Reason.BAD_CONTENT, name
                    + ": is not a Word .docx document (an older .doc file? save it as .docx)");
        }
    }

    private void readXml(InputStream in, String name) throws UnreadableStatementException {
        boolean inText = false;
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new NonClosing(in));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (++elements > ExtractionLimits.MAX_ELEMENTS) {
                            throw new TooMuch(String.format(Locale.ROOT, "has more than %,d XML elements; no real "
                                    + "document needs that many (a damaged or hostile file?)", ExtractionLimits.MAX_ELEMENTS));
                        }
                        inText = "t".equals(reader.getLocalName());
                        if ((elements & 0xfff) == 0 && deadline.expired()) {
                            throw new TooMuch("took longer than " + limits.timeBudget().toSeconds()
                                    + " s to read; it is too large or too complex");
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        inText = false;
                    } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                        characters += reader.getTextLength();
                        if (characters > limits.maxChars()) {
                            throw new TooMuch("has more than " + limits.maxChars() + " characters of text");
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof TooMuch tooMuch) {
                throw tooMuch;
            }
            throw new UnreadableStatementException(Reason.BAD_CONTENT,
                    name + ": cannot be read: it is damaged or not really a .docx file");
        }
    }

    /** Counts the inflated bytes of every entry against the allowance. */
    private final class Counted extends FilterInputStream {

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream goes on with the next entry
        }

        private void add(int n) {
            inflated += n;
            if (inflated > limits.maxMemoryBytes()) {
                throw new TooMuch("expands to more than " + ExtractionLimits.megabytes(limits.maxMemoryBytes())
                        + " when decompressed (a compressed 'bomb'?)");
            }
        }
    }

    /** The XML reader must not close the zip stream. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    /** A limit passed; unchecked so that it leaves the XML reader and the stream alike. */
    private static final class TooMuch extends RuntimeException {
        TooMuch(String message) {
            super(message, null, false, false);
        }
    }
}
