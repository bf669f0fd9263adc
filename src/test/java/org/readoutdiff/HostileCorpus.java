package org.readoutdiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The hostile corpus (issue 12): small files that inflate (PDF, DOCX and HTML bombs and
 * near-bombs), malformed, encrypted, truncated, binary, empty and wrongly encoded files. The
 * tiny ones are committed under {@code src/test/resources/hostile/}; the bombs are made here, at
 * test time, into {@code target/hostile/} (committing megabytes of zip bomb is pointless when
 * twenty lines make it). Each case says what the service must answer and what the message
 * must contain: a refusal with a 4xx and a message, never a 500, never the heap.
 *
 * <p>{@code main(dir)} writes the whole corpus into a folder, for {@code src/bench/hostile.sh}.
 */
public final class HostileCorpus {

    /** Where the committed files are. */
    public static final Path COMMITTED = Path.of("src", "test", "resources", "hostile");

    /**
     * One hostile file.
     *
     * @param name    the file name (its extension chooses the extractor)
     * @param status  the HTTP status an upload of it gets
     * @param message a piece of the message that must be in the answer and on the CLI's one line
     */
    public record Case(String name, int status, String message) {
    }

    /** Every case, in the order the bench table lists them. */
    public static final List<Case> CASES = List.of(
            new Case("pdf-bomb.pdf", 413, "expand to more than"),
            new Case("pdf-bomb-large.pdf", 413, "expand to more than"),
            new Case("pdf-glyph-bomb.pdf", 413, "characters of text on one page"),
            new Case("pdf-operator-bomb.pdf", 413, "drawing operations on one page"),
            new Case("pdf-nesting-bomb.pdf", 413, "nests graphics states"),
            new Case("pdf-form-bomb.pdf", 413, "expand to more than"),
            new Case("pdf-object-bomb.pdf", 413, "objects"),
            new Case("malformed.pdf", 400, "no text layer"),
            new Case("garbage.pdf", 400, "damaged or not really a PDF"),
            new Case("encrypted.pdf", 400, "password-protected"),
            new Case("docx-bomb.docx", 413, "characters of text"),
            new Case("docx-entry-bomb.docx", 413, "expands to more than"),
            new Case("docx-near-bomb.docx", 413, "XML elements"),
            new Case("docx-element-bomb.docx", 413, "XML elements"),
            new Case("truncated.docx", 400, "damaged or not really a .docx"),
            new Case("not-a-zip.docx", 400, "not a Word .docx document"),
            new Case("html-nesting-bomb.html", 413, "elements"),
            new Case("html-text-bomb.html", 413, "characters of text"),
            new Case("binary.txt", 400, "binary"),
            new Case("empty.txt", 400, "empty"),
            new Case("wrong-encoding.txt", 400, "not valid UTF-8"));

    /**
     * Files just within every limit, so accepted, and as heavy to read as an accepted file can
     * be: for measuring the heap of many uploads at once (src/bench/hostile.sh), not for tests.
     */
    public static final List<String> HEAVY = List.of("heavy.docx", "heavy.html", "heavy.pdf");

    private static final String HEAVY_PARAGRAPH = "<w:p><w:r><w:t>The two sides agreed to keep talking.</w:t></w:r></w:p>";

    private HostileCorpus() {
    }

    /** {@code main DIR} writes the corpus into DIR (default target/hostile); {@code main --list} names the files. */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--list")) {
            CASES.forEach(c -> System.out.println(c.name()));
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "target/hostile");
        write(dir);
        write(dir, HEAVY);
        System.out.println(dir.toAbsolutePath());
    }

    /** Writes every case into {@code dir} (generated bombs are made once and kept). */
    public static synchronized Path write(Path dir) {
        return write(dir, CASES.stream().map(Case::name).toList());
    }

    /** Writes the named files into {@code dir}. */
    public static synchronized Path write(Path dir, List<String> names) {
        try {
            Files.createDirectories(dir);
            for (String name : names) {
                Case c = new Case(name, 0, "");
                Path target = dir.resolve(c.name());
                Path committed = COMMITTED.resolve(c.name());
                if (Files.exists(committed)) {
                    Files.copy(committed, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } else if (!Files.exists(target)) {
                    Path partial = dir.resolve(c.name() + ".part");
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        generate(c.name(), out);
                    }
                    Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void generate(String name, OutputStream out) throws IOException {
        switch (name) {
            // One page whose content, Flate-compressed, inflates to ~80 MB of text-showing operators
            // (the issue's 156 KB file), and one to ~240 MB (its 467 KB file).
            case "pdf-bomb.pdf" -> pdfWithContent(out, "(" + "A".repeat(60) + ") Tj\n", 80 << 20);
            case "pdf-bomb-large.pdf" -> pdfWithContent(out, "(" + "A".repeat(60) + ") Tj\n", 240 << 20);
            // Under every byte allowance, but far more glyphs on one page than any real page has.
            case "pdf-glyph-bomb.pdf" -> pdfWithContent(out, "(" + "A".repeat(60) + ") Tj 0 -1 Td\n", 4 << 20);
            // Under the byte allowance: operators that draw nothing, millions of them.
            case "pdf-operator-bomb.pdf" -> pdfWithContent(out, "0 0 m\n", 30 << 20);
            // Graphics states saved and never restored: each q copies the state.
            case "pdf-nesting-bomb.pdf" -> pdfWithContent(out, "q\n", 20 << 20);
            // A small page that draws a form XObject, whose own content inflates to ~100 MB.
            case "pdf-form-bomb.pdf" -> pdfWithForm(out, 100 << 20);
            // 350,000 tiny objects (9 MB) and no cross-reference table: PDFBox would parse all of them on loading.
            case "pdf-object-bomb.pdf" -> {
                StringBuilder pdf = new StringBuilder("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                        + "3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n");
                for (int i = 4; i < 350_000; i++) {
                    pdf.append(i).append(" 0 obj ").append(i).append(" endobj\n");
                }
                out.write(pdf.append("trailer << /Root 1 0 R >>\n%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII));
            }
            case "malformed.pdf" -> out.write(("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Contents 4 0 R"
                    + " >> endobj\n4 0 obj << /Length 99999 /Filter /FlateDecode >> stream\n\u0001\u0002garbage")
                    .getBytes(StandardCharsets.ISO_8859_1));
            case "garbage.pdf" -> {
                byte[] bytes = new byte[4_000];
                new Random(3).nextBytes(bytes);
                out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
            }
            case "encrypted.pdf" -> encryptedPdf(out);
            // document.xml of 1 GB of repeated text in a zip of ~1 MB.
            case "docx-bomb.docx" -> docxWithDocument(out, 1L << 30, false);
            // Compresses only ~1:15 (far from POI's 1:100 zip-bomb ratio) and inflates to ~60 MB:
            // under the inflate allowance, over the characters kept.
            case "docx-near-bomb.docx" -> docxWithDocument(out, 60L << 20, true);
            // A picture of 1 GB of zeros in a small valid document: the zip-bomb ratio POI checks, but inflated first.
            case "docx-entry-bomb.docx" -> docxWithDocument(out, 1_000, false, "word/media/image1.png", 1L << 30);
            // Under every byte limit: 3 million empty paragraphs, each an object to XMLBeans.
            case "docx-element-bomb.docx" -> docxWithDocument(out, 20L << 20, false, "<w:p/>");
            case "truncated.docx" -> {
                byte[] whole = smallDocx();
                out.write(Arrays.copyOf(whole, whole.length / 2));
            }
            case "not-a-zip.docx" -> out.write("This is plain text under a .docx name.".getBytes(StandardCharsets.UTF_8));
            // A million unclosed elements: jsoup's tree would hold every one of them.
            case "html-nesting-bomb.html" -> repeated(out, "<html><body><article>", "<div><b>", "x</b>", 9_500_000);
            // 9.5 MB of words in one paragraph: more characters than the extraction keeps.
            case "html-text-bomb.html" -> repeated(out, "<html><body><p>", "word ", "</p>", 9_500_000);
            case "binary.txt" -> {
                byte[] bytes = new byte[20_000];
                new Random(12).nextBytes(bytes);
                out.write(bytes);
            }
            case "empty.txt" -> {
                // nothing
            }
            // Shift-JIS: not UTF-8, and not an encoding readouts come in that detection accepts.
            case "wrong-encoding.txt" -> out.write(("\u65e5\u672c\u8a9e\u306e\u6587\u66f8\u3067\u3059\u3002"
                    + "\u3053\u308c\u306f\u30c6\u30b9\u30c8\u3067\u3059\u3002").repeat(20).getBytes("Shift_JIS"));
            // 240,000 XML elements (60,000 paragraphs), 1.3 million characters.
            case "heavy.docx" -> {
                StringBuilder paragraphs = new StringBuilder();
                for (int i = 0; i < 60_000; i++) {
                    paragraphs.append(HEAVY_PARAGRAPH.replace("talking", "talking " + Integer.toString(i * 7919, 36)));
                }
                docxWithDocument(out, 0, false, null, 0, paragraphs.toString());
            }
            // 160,000 elements, 4.6 million characters.
            case "heavy.html" -> out.write(("<html><body><article>" + "<p>The sides met and agreed. ".repeat(160_000)
                    + "</article>").getBytes(StandardCharsets.UTF_8));
            // 50 pages of 90,000 glyphs each: 4.5 million characters.
            case "heavy.pdf" -> heavyPdf(out, 50, 90_000);
            default -> throw new IllegalArgumentException("no generator for " + name);
        }
    }

    /** A one-page PDF whose content stream is {@code unit} repeated until {@code bytes}, Flate-compressed. */
    private static void pdfWithContent(OutputStream out, String unit, long bytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream stream = new PDStream(document);
            try (OutputStream content = stream.createOutputStream(COSName.FLATE_DECODE)) {
                content.write("BT /F1 1 Tf 72 720 Td\n".getBytes(StandardCharsets.US_ASCII));
                repeat(content, unit, bytes);
                content.write("ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            document.save(out);
        }
    }

    /** A one-page PDF that draws a form XObject whose content inflates to {@code bytes}. */
    private static void pdfWithForm(OutputStream out, long bytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form =
                    new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(document);
            try (OutputStream content = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                repeat(content, "0 0 m\n", bytes);
            }
            form.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(0, 0, 100, 100));
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("X1"), form);
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 720);
                content.showText("A page that draws a form.");
                content.endText();
                content.drawForm(form);
            }
            document.save(out);
        }
    }

    private static void heavyPdf(OutputStream out, int pages, int glyphsPerPage) throws IOException {
        try (PDDocument document = new PDDocument()) {
            String line = "The two sides agreed to keep talking about it. ".repeat(4);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
                    content.newLineAtOffset(10, 780);
                    for (int written = 0; written + line.length() <= glyphsPerPage; written += line.length()) {
                        content.showText(line);
                        content.newLineAtOffset(0, -1.2f);
                    }
                    content.endText();
                }
            }
            document.save(out);
        }
    }

    private static void encryptedPdf(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 720);
                content.showText("A secret readout.");
                content.endText();
            }
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(out);
        }
    }

    private static byte[] smallDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 40; i++) {
                document.createParagraph().createRun().setText("Paragraph " + i + " of a readout that is cut short.");
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A .docx whose word/document.xml inflates to {@code bytes}: one run of a single letter (a
     * ratio of ~1:1000), or paragraphs that each carry a pseudo-random number (~1:15).
     */
    private static void docxWithDocument(OutputStream out, long bytes, boolean varied) throws IOException {
        docxWithDocument(out, bytes, varied, null, 0);
    }

    private static void docxWithDocument(OutputStream out, long bytes, boolean varied, String unit) throws IOException {
        docxWithDocument(out, bytes, varied, null, 0, unit);
    }

    private static void docxWithDocument(OutputStream out, long bytes, boolean varied, String extra, long extraBytes)
            throws IOException {
        docxWithDocument(out, bytes, varied, extra, extraBytes, null);
    }

    private static void docxWithDocument(OutputStream out, long bytes, boolean varied, String extra, long extraBytes,
                                         String unit) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document.main+xml\"/></Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
        if (unit != null && bytes == 0) {
            zip.write(unit.getBytes(StandardCharsets.UTF_8));
        } else if (unit != null) {
            repeat(zip, unit, bytes);
        } else if (varied) {
            Random random = new Random(7);
            StringBuilder chunk = new StringBuilder(1 << 20);
            for (long written = 0; written < bytes; ) {
                chunk.setLength(0);
                while (chunk.length() < (1 << 20)) {
                    chunk.append("<w:p><w:r><w:t>The two sides agreed on point ")
                            .append(Long.toString(random.nextLong() & 0xffffffL, 36)).append(".</w:t></w:r></w:p>");
                }
                byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
                zip.write(b);
                written += b.length;
            }
        } else {
            zip.write("<w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
            repeat(zip, "A", bytes);
            zip.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
        }
        zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        if (extra != null) {
            zip.putNextEntry(new ZipEntry(extra));
            repeat(zip, "\u0000", extraBytes);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** {@code unit} written again and again until {@code bytes}, in 1 MB writes. */
    private static void repeat(OutputStream out, String unit, long bytes) throws IOException {
        StringBuilder block = new StringBuilder();
        while (block.length() < (1 << 20)) {
            block.append(unit);
        }
        byte[] chunk = block.toString().getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < bytes; written += chunk.length) {
            out.write(chunk);
        }
    }

    private static void repeated(OutputStream out, String head, String unit, String tail, long bytes) throws IOException {
        out.write(head.getBytes(StandardCharsets.UTF_8));
        repeat(out, unit, bytes - head.length() - tail.length() - (1 << 20));
        out.write(tail.getBytes(StandardCharsets.UTF_8));
    }

    /** Every case's file in {@code dir}. */
    public static List<Path> files(Path dir) {
        List<Path> files = new ArrayList<>();
        for (Case c : CASES) {
            files.add(dir.resolve(c.name()));
        }
        return files;
    }
}
