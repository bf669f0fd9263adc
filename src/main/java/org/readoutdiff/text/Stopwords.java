package org.readoutdiff.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Function words (English and Chinese) that carry little of a sentence's meaning: they weigh
 * less when phrases are merged and when sentences are matched. The lists are resource files
 * next to this class, one word per line.
 */
public final class Stopwords {

    private static final Set<String> WORDS = load("stopwords-en.txt", "stopwords-zh.txt");

    private Stopwords() {
    }

    public static boolean contains(String key) {
        if (WORDS.contains(key)) {
            return true;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isUpperCase(key.charAt(i))) {
                return WORDS.contains(key.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private static Set<String> load(String... names) {
        Set<String> words = new HashSet<>();
        for (String name : names) {
            try (InputStream in = Stopwords.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words; // a HashSet: faster to probe than an immutable copy, and never handed out
    }
}
