package org.readoutdiff.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises sentences that belong to the web page rather than to the statement: "Share:",
 * "Editor: Zhang Wei", "Source: Xinhua", copyright lines, "Print". Adding or removing one is a
 * boilerplate change, never a substantive one. The patterns are in {@code boilerplate.txt}
 * next to this class, one regular expression per line, matched against the whole sentence.
 */
public final class Boilerplate {

    /** The patterns as one alternation: one matcher per sentence instead of one per pattern. */
    private static final Pattern PATTERN = load();

    private Boilerplate() {
    }

    public static boolean matches(String sentence) {
        String text = sentence.strip();
        if (text.length() > 200) {
            return false; // furniture is short; a long sentence is content whatever it starts with
        }
        return PATTERN.matcher(text).matches();
    }

    private static Pattern load() {
        List<String> patterns = new ArrayList<>();
        try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource boilerplate.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    Pattern.compile(line.strip()); // a bad line is named on its own, not as part of the whole
                    patterns.add("(?:" + line.strip() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // matches() backtracks into the next alternative until one matches the whole sentence
        return Pattern.compile(String.join("|", patterns), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
