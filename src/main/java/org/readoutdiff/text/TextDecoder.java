package org.readoutdiff.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Bytes to text, refusing rather than guessing wrong: a byte-order mark wins; otherwise strict
 * UTF-8; otherwise ICU4J's charset detector, accepted only for the encodings readouts are
 * actually published in (GB18030 and its subsets, Big5, Windows-1252/Latin-1) and only when the
 * bytes then decode without a single replacement. Binary files are recognised and refused.
 */
public final class TextDecoder {

    /** Encodings we accept from detection; anything else is an error, not a guess. */
    private static final Set<String> DETECTABLE = Set.of(
            "GB18030", "Big5", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE");
    private static final int MIN_DETECTION_CONFIDENCE = 30;
    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * Decodes {@code bytes}, or says in plain words why not.
     *
     * @param declaredCharset a charset the user named, or null to work it out
     */
    public DecodedText decode(byte[] bytes, String declaredCharset) throws UndecodableInputException {
        if (bytes.length == 0) {
            throw new UndecodableInputException("is empty");
        }
        if (!binaryHint(bytes).isEmpty()) {
            // a PDF or ZIP without a NUL in its first bytes would otherwise decode as Windows-1252 "text"
            throw new UndecodableInputException("looks like a binary file, not text" + binaryHint(bytes));
        }
        DecodedText decoded = declaredCharset != null
                ? new DecodedText(strict(bytes, 0, charset(declaredCharset), declaredCharset), declaredCharset)
                : detect(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new UndecodableInputException("contains no text (only white space)");
        }
        if (looksBinary(text)) {
            throw new UndecodableInputException("looks like a binary file, not text" + binaryHint(bytes));
        }
        return decoded;
    }

    private DecodedText detect(byte[] bytes) throws UndecodableInputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (with BOM)"), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
        }
        if (startsWith(bytes, 0x84, 0x31, 0x95, 0x33)) {
            return new DecodedText(strict(bytes, 4, GB18030, "GB18030"), "GB18030");
        }
        if (containsNul(bytes)) {
            throw new UndecodableInputException("looks like a binary file, not text" + binaryHint(bytes));
        }
        try {
            return new DecodedText(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return detectLegacy(bytes);
        }
    }

    private DecodedText detectLegacy(byte[] bytes) throws UndecodableInputException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_DETECTION_CONFIDENCE) {
                break;
            }
            String name = match.getName();
            if (!DETECTABLE.contains(name) || !Charset.isSupported(name)) {
                continue;
            }
            Charset charset = name.startsWith("GB") ? GB18030 : Charset.forName(name);
            try {
                return new DecodedText(decodeStrictly(bytes, 0, charset), charset.name());
            } catch (CharacterCodingException tryNext) {
                // the detector's guess does not decode cleanly; try its next guess
            }
        }
        throw new UndecodableInputException(
                "is not valid UTF-8 and its encoding could not be recognised; save it as UTF-8 or name the encoding");
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name)
            throws UndecodableInputException {
        try {
            return decodeStrictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new UndecodableInputException("is not valid " + name);
        }
    }

    private static Charset charset(String name) throws UndecodableInputException {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new UndecodableInputException("names an unknown encoding: " + name);
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor decodes UTF-8 several times faster than a CharsetDecoder and
            // without the intermediate CharBuffer, replacing each malformed sequence with U+FFFD.
            // No U+FFFD in its result proves the bytes valid; with one (maybe genuine), decide strictly.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** Text with control characters other than tab, line breaks and form feed is not a statement. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        int limit = Math.min(text.length(), 1 << 20);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > 8 && controls * 100 > limit;
    }

    private static String binaryHint(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return " (it is a PDF)";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return " (it is a ZIP archive, perhaps a .docx)";
        }
        return "";
    }

    private static boolean containsNul(byte[] bytes) {
        int limit = Math.min(bytes.length, 1 << 20);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
