package org.readoutdiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.readoutdiff.text.Statement;

/**
 * A pair of statements with a gold alignment in the format of {@code ../shared/corpus/README.md}:
 * every {@code *.gold.json} of the shared corpus (its {@code left} and {@code right} name files
 * beside it) and every {@code fixtures/counterparts/NAME/gold.json} (with {@code left.txt} and
 * {@code right.txt}). A pair found in both places (same texts) is listed once.
 */
record GoldPair(String name, Path left, Path right, Path gold) {

    static final Path SHARED_CORPUS = Path.of("..", "shared", "corpus");
    static final Path FIXTURES = Path.of("fixtures", "counterparts");

    /** Every gold pair found; the shared corpus may be absent (then only the fixtures). */
    static List<GoldPair> all() throws IOException {
        List<GoldPair> pairs = new ArrayList<>();
        if (Files.isDirectory(SHARED_CORPUS)) {
            try (Stream<Path> files = Files.list(SHARED_CORPUS)) {
                for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                    JsonNode root = new ObjectMapper().readTree(gold.toFile());
                    String name = gold.getFileName().toString().replace(".gold.json", "");
                    pairs.add(new GoldPair("corpus " + name, SHARED_CORPUS.resolve(root.get("left").asText()),
                            SHARED_CORPUS.resolve(root.get("right").asText()), gold));
                }
            }
        } else {
            System.err.println("note: " + SHARED_CORPUS + " is absent: scoring the fixtures only");
        }
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("gold.json"))).sorted().toList()) {
                pairs.add(new GoldPair("fixture " + dir.getFileName(), dir.resolve("left.txt"), dir.resolve("right.txt"),
                        dir.resolve("gold.json")));
            }
        }
        Set<String> seen = new HashSet<>();
        List<GoldPair> distinct = new ArrayList<>();
        for (GoldPair pair : pairs) {
            if (seen.add(sha(pair.left()) + sha(pair.right()))) {
                distinct.add(pair);
            }
        }
        return distinct;
    }

    /** A file-system-safe name for output files. */
    String id() {
        return name.replaceAll("[^A-Za-z0-9.-]+", "_");
    }

    private static String sha(Path file) throws IOException {
        return Statement.sha256(Files.readAllBytes(file));
    }
}
