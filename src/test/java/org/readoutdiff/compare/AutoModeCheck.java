package org.readoutdiff.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

/**
 * Prints the auto-mode decision for benchmark input pairs (not a test: the inputs live outside
 * the repository). Run: java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.readoutdiff.compare.AutoModeCheck target/peer-bench/inputs versions-1m counterparts-1m ...
 */
public final class AutoModeCheck {

    public static void main(String[] args) throws Exception {
        Path inputs = Path.of(args[0]);
        Segmenter segmenter = new Segmenter(new KeyNormalizer(false));
        for (int k = 1; k < args.length; k++) {
            ModeChooser.Decision decision = ModeChooser.choose(
                    segmenter.segment(Statement.of("A", Files.readString(inputs.resolve(args[k] + ".A.txt")))),
                    segmenter.segment(Statement.of("B", Files.readString(inputs.resolve(args[k] + ".B.txt")))));
            System.out.println(args[k] + ": " + decision.mode().label() + " (" + decision.reason() + ")");
        }
    }
}
