package org.readoutdiff.text;

/** Tells the dominant language of a text from its letters' scripts. */
final class Languages {

    private static final int SAMPLE = 200_000;

    private Languages() {
    }

    static String guess(String text) {
        int han = 0;
        int latin = 0;
        int limit = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (Character.isLetter(c)) {
                    latin++;
                }
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        // A Chinese character carries roughly what five Latin letters do.
        if (han * 5 >= latin && han > 0) {
            return "zh";
        }
        return latin > 0 ? "en" : "und";
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
