package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;

class TextDecoderTest {

    private static final String ENGLISH = "President Xi stressed that China\u2019s \u201cfour red lines\u201d must not be challenged.";
    private static final String CHINESE = "习近平强调，战略认知是中美关系必须扣好的“第一粒扣子”。中美作为两个大国，应当相互尊重、和平共处、合作共赢。";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void plainUtf8() throws Exception {
        DecodedText decoded = decoder.decode(ENGLISH.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(ENGLISH, decoded.text());
        assertEquals("UTF-8", decoded.charset());
    }

    @Test
    void aReplacementCharacterWrittenInValidUtf8IsKept() throws Exception {
        String text = "The word \uFFFD was lost in the original.";
        DecodedText decoded = decoder.decode(text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(text, decoded.text());
        assertEquals("UTF-8", decoded.charset());
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() throws Exception {
        byte[] bytes = concat("President Xi said ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '.'});
        DecodedText decoded = decoder.decode(bytes, null);
        assertNotEquals("UTF-8", decoded.charset()); // Java's UTF-8 decoders both refuse it
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        DecodedText decoded = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                CHINESE.getBytes(StandardCharsets.UTF_8)), null);
        assertEquals(CHINESE, decoded.text());
        assertEquals("UTF-8", decoded.charset());
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        DecodedText little = decoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ENGLISH.getBytes(StandardCharsets.UTF_16LE)), null);
        assertEquals(ENGLISH, little.text());
        assertEquals("UTF-16LE", little.charset());
        DecodedText big = decoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                CHINESE.getBytes(StandardCharsets.UTF_16BE)), null);
        assertEquals(CHINESE, big.text());
        assertEquals("UTF-16BE", big.charset());
    }

    @Test
    void gb18030WithoutByteOrderMarkIsRecognised() throws Exception {
        Charset gb18030 = Charset.forName("GB18030");
        DecodedText shortText = decoder.decode(CHINESE.getBytes(gb18030), null);
        assertEquals(CHINESE, shortText.text());
        assertEquals("GB18030", shortText.charset());
        String whole = Fixtures.text(Fixtures.ZH_CALL);
        assertEquals(whole, decoder.decode(whole.getBytes(gb18030), null).text());
    }

    @Test
    void aDeclaredCharsetIsUsedStrictly() throws Exception {
        Charset gb18030 = Charset.forName("GB18030");
        assertEquals(CHINESE, decoder.decode(CHINESE.getBytes(gb18030), "GB18030").text());
        UndecodableInputException wrong = assertThrows(UndecodableInputException.class,
                () -> decoder.decode(CHINESE.getBytes(gb18030), "UTF-8"));
        assertEquals("is not valid UTF-8", wrong.getMessage());
        assertThrows(UndecodableInputException.class, () -> decoder.decode(new byte[] {'a'}, "no-such-charset"));
    }

    @Test
    void invalidUtf8InNoRecognisableEncodingIsRefusedInPlainWords() {
        for (byte[] bytes : new byte[][] {
                {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1},
                {(byte) 0x80, (byte) 0x81, (byte) 0xFF, (byte) 0x90, (byte) 0x9D, (byte) 0x8D, (byte) 0x8F, (byte) 0xFF}}) {
            UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> decoder.decode(bytes, null));
            assertEquals("is not valid UTF-8 and its encoding could not be recognised; save it as UTF-8 or name the encoding",
                    e.getMessage());
        }
    }

    @Test
    void emptyInput() {
        UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> decoder.decode(new byte[0], null));
        assertEquals("is empty", e.getMessage());
    }

    @Test
    void whitespaceOnlyInput() {
        UndecodableInputException e = assertThrows(UndecodableInputException.class,
                () -> decoder.decode(" \n\t\r\n\u3000 ".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("contains no text (only white space)", e.getMessage());
    }

    @Test
    void binaryInputWithNulBytes() {
        byte[] bytes = {'a', 'b', 0, 0, 1, 2, 3, (byte) 0x9C, 'z'};
        UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> decoder.decode(bytes, null));
        assertEquals("looks like a binary file, not text", e.getMessage());
    }

    @Test
    void pdfAndZipMagicGiveAHint() {
        byte[] pdf = concat("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), new byte[] {0, 0, 5});
        assertEquals("looks like a binary file, not text (it is a PDF)",
                assertThrows(UndecodableInputException.class, () -> decoder.decode(pdf, null)).getMessage());
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> decoder.decode(zip, null));
        assertTrue(e.getMessage().endsWith("(it is a ZIP archive, perhaps a .docx)"), e.getMessage());
    }

    @Test
    void aPdfWithoutNulBytesIsStillAPdf() {
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("looks like a binary file, not text (it is a PDF)",
                assertThrows(UndecodableInputException.class, () -> decoder.decode(pdf, null)).getMessage());
        assertEquals("looks like a binary file, not text (it is a PDF)",
                assertThrows(UndecodableInputException.class, () -> decoder.decode(pdf, "windows-1252")).getMessage());
    }

    @Test
    void windows1252WithCurlyQuotesIsRecognised() throws Exception {
        String text = "The spokesperson said \u201cno\u201d \u2013 and that\u2019s final. It was a d\u00e9j\u00e0 vu.";
        DecodedText decoded = decoder.decode(text.getBytes(Charset.forName("windows-1252")), null);
        assertEquals(text, decoded.text());
        assertEquals("windows-1252", decoded.charset());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
