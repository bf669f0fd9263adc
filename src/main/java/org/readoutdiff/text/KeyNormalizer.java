package org.readoutdiff.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * The comparison key of a token: NFKC (full-width forms, ligatures), then curly and straight
 * quotes folded together, every dash and hyphen folded to '-', and, if asked, case folded.
 * Two tokens with equal keys differ at most in format.
 */
public final class KeyNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final boolean foldCase;

    public KeyNormalizer(boolean foldCase) {
        this.foldCase = foldCase;
    }

    public boolean foldsCase() {
        return foldCase;
    }

    public String key(CharSequence token) {
        if (isPlainAscii(token)) {
            String plain = token.toString();
            return foldCase ? plain.toLowerCase(java.util.Locale.ROOT) : plain;
        }
        String normalized = NFKC.normalize(token);
        StringBuilder folded = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (!isInvisible(c) && !Character.isWhitespace(c)) { // white space: a line break wrapping a Chinese word
                folded.append(fold(c));
            }
        }
        String key = folded.toString();
        return foldCase ? UCharacter.foldCase(key, true) : key;
    }

    /** ASCII with no quote or backtick needs neither normalisation nor folding. */
    private static boolean isPlainAscii(CharSequence token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0x80 || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** Zero-width and bidirectional controls, soft hyphens, BOMs: present in text, absent in meaning. */
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4', '\u02BC', '\u2039', '\u203A' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u300C', '\u300D', '\u300E',
                 '\u300F', '\u301D', '\u301E' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2043', '\uFE58', '\uFE63' -> '-';
            default -> c;
        };
    }

    /**
     * A key with the accents of Latin letters taken off: "communiqués" and "communiques" are
     * one word spelt two ways. Only Latin: in other scripts a mark can make another letter
     * (Japanese "が" is "か" with a mark).
     */
    public static String withoutLatinAccents(String key) {
        if (isPlainAscii(key)) {
            return key;
        }
        String decomposed = NFD.normalize(key);
        StringBuilder kept = new StringBuilder(decomposed.length());
        int base = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            boolean mark = UCharacter.getType(c) == UCharacter.NON_SPACING_MARK;
            if (!mark) {
                base = c;
            }
            if (!mark || base < 0 || UScript.getScript(base) != UScript.LATIN) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return NFC.normalize(kept);
    }
}
