package org.readoutdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void bidiControlsAndInvisibleCharactersBecomeVisibleEscapes() {
        assertEquals("a\u27e8U+202E\u27e9b", VisibleText.of("a\u202eb"));
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
                0x200F, 0x061C, 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x0000, 0x0007, 0x001B, 0x007F, 0x0085, 0xE0041}) {
            String shown = VisibleText.of("x" + Character.toString(c) + "y");
            assertEquals("x\u27e8" + String.format("U+%04X", c) + "\u27e9y", shown, Integer.toHexString(c));
        }
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String text = "President Xi \u201cstressed\u201d 台湾问题\tnon-breaking\u00a0space\n\u200d\u200c \ud83d\ude00";
        assertSame(text, VisibleText.of(text));
        assertFalse(VisibleText.hasHidden(text));
    }

    @Test
    void aLoneSurrogateIsShownNotLost() {
        assertEquals("a\u27e8U+D800\u27e9b", VisibleText.of("a\ud800b"));
    }

    @Property
    void theResultHasNothingHiddenAndKeepsEveryVisibleCharacter(@ForAll String text) {
        String shown = VisibleText.of(text);
        assertFalse(VisibleText.hasHidden(shown));
        StringBuilder visible = new StringBuilder();
        text.codePoints().filter(c -> !VisibleText.hidden(c)).forEach(visible::appendCodePoint);
        assertEquals(visible.toString(), shown.replaceAll("\u27e8U\\+[0-9A-F]{4,6}\u27e9", ""));
        assertTrue(shown.length() >= text.length());
    }
}
