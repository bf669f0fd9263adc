package org.readoutdiff.report.batch;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A batch as a JUnit XML report, for CI systems that display those: one test suite, one test
 * case per entry (class name {@code readout-diff}, name the entry's id), failing with the
 * headline when the entry fails {@code --fail-on}. A series is one test case, as it is one row
 * of the index, one item of {@code summary.json} and one report: the counts of tests and
 * failures match those, and the failure names which of the others fail and why. Written with the JDK's StAX writer,
 * which escapes markup; characters that XML 1.0 cannot carry at all (most control characters,
 * lone surrogates) are replaced first, since statement labels are untrusted.
 */
public final class JUnitXmlWriter {

    public static final String CLASS_NAME = "readout-diff";

    // The JDK's own factory, not whichever StAX implementation the class path offers: same bytes everywhere.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    public void write(BatchView view, OutputStream out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            attribute(xml, "name", view.title());
            xml.writeAttribute("tests", Integer.toString(view.comparisons().size()));
            xml.writeAttribute("failures", Integer.toString(view.counts().failing()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            property(xml, "fail-on", view.failOn());
            property(xml, "engine-version", view.engineVersion());
            if (view.generatedAt() != null) {
                property(xml, "generated-at", view.generatedAt());
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (BatchEntryView entry : view.comparisons()) {
                testCase(xml, view, entry);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit file: " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter xml, BatchView view, BatchEntryView c)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", CLASS_NAME);
        attribute(xml, "name", c.id());
        String description;
        String message = c.headline();
        if (c instanceof BatchSeriesView series) {
            StringBuilder text = new StringBuilder(series.baseLabel() + " against " + series.others().size()
                    + " others: " + series.verdict() + ". " + series.headline());
            List<String> failing = new ArrayList<>();
            for (BatchComparisonView other : series.others()) {
                text.append("\n").append(other.id()).append(": ").append(findings(other));
                if (other.fails()) {
                    failing.add(other.rightLabel() + " (" + other.headline() + ")");
                }
            }
            description = text + "\n" + notes(c).strip();
            message = failing.size() + " of " + series.others().size() + " fail: " + String.join("; ", failing);
        } else {
            description = findings((BatchComparisonView) c) + notes(c);
        }
        if (c.fails()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            attribute(xml, "message", message);
            xml.writeAttribute("type", "fail-on-" + view.failOn());
            text(xml, description);
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        text(xml, description);
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String findings(BatchComparisonView c) {
        return c.leftLabel() + " \u2192 " + c.rightLabel() + " (" + c.mode() + "): " + c.verdict() + ". "
                + c.headline() + " Similarity " + c.summary().similarityPercent() + "."
                + (c.degradedReason() == null ? "" : " Coarser than usual: " + c.degradedReason() + ".");
    }

    private static String notes(BatchEntryView c) {
        return (c.failOn() ? "" : " Not counted for --fail-on.")
                + " Reports: " + String.join(", ", c.reports().stream().map(ReportFileView::file).toList()) + ".";
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        attribute(xml, "value", value);
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        // A parser turns a line break in an attribute into a space anyway; make it one here.
        xml.writeAttribute(name, xmlText(value).replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }

    private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeCharacters(xmlText(value));
    }

    /** The text with every character XML 1.0 cannot carry replaced by U+FFFD. */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
