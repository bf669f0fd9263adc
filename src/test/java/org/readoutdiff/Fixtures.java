package org.readoutdiff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.text.DecodedText;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;
import org.readoutdiff.text.TextDecoder;
import org.readoutdiff.text.UndecodableInputException;

/** Reads the repository's fixtures (tests run with the project directory as working directory). */
public final class Fixtures {

    public static final Path ROOT = Path.of("fixtures");
    public static final String SEED = "statements/seed-lima-2024-cn.txt";
    public static final String US_A = "statements/lima-2024-us-a.txt";
    public static final String ZH_CALL = "statements/xi-biden-call-2024-04-zh.txt";

    private Fixtures() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded text of a fixture file, exactly as the product would decode it. */
    public static String text(String relative) {
        return statement(relative, relative).text();
    }

    public static Statement statement(String relative, String label) {
        byte[] bytes = bytes(relative);
        try {
            DecodedText decoded = new TextDecoder().decode(bytes, null);
            return new Statement(label, decoded.text(), Statement.sha256(bytes), StatementMetadata.none());
        } catch (UndecodableInputException e) {
            throw new IllegalStateException(relative + " " + e.getMessage(), e);
        }
    }

    /** The names of the version cases: every directory under fixtures/versions. */
    public static List<String> versionCases() {
        try (Stream<Path> dirs = Files.list(path("versions"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A version case compared with default options (mode auto). */
    public static Comparison compareCase(String name) {
        return compare("versions/" + name + "/left.txt", "versions/" + name + "/right.txt", ComparisonOptions.defaults());
    }

    public static Comparison compare(String left, String right, ComparisonOptions options) {
        return new ComparisonEngine(options).compare(statement(left, "left"), statement(right, "right"));
    }
}
