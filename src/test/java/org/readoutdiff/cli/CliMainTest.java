package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;

/** {@code compare} and {@code batch} run on their own, and read exactly as under the top command. */
class CliMainTest {

    @Test
    void aSubcommandRunAloneWritesWhatItWritesUnderTheTopCommand() {
        String left = Fixtures.path("versions/word-substitutions/left.txt").toString();
        String right = Fixtures.path("versions/word-substitutions/right.txt").toString();
        List<List<String>> cases = List.of(
                List.of("compare", "--help"), List.of("compare", "-V"), List.of("compare"),
                List.of("compare", "--bogus", left, right), List.of("compare", "--mode", "sideways", left, right),
                List.of("compare", "no-such-file.txt", right), List.of("compare", left, right, "--format", "md"),
                List.of("compare", "--mode", "VERSIONS", left, right, "--format", "json"),
                List.of("batch", "--help"), List.of("batch"), List.of("batch", "no-such-batch.yaml"));
        for (List<String> args : cases) {
            String[] words = args.toArray(String[]::new);
            InProcessCli.Result alone = InProcessCli.run(words);
            InProcessCli.Result underTop = InProcessCli.run(arguments -> CliMain.underTopCommand(
                    new CliMain.Factory(CliConfig.ofThisProcess()), arguments), null, words);
            assertEquals(underTop, alone, String.join(" ", args));
        }
    }

    @Test
    void theUsageNamesTheSubcommandAsUnderTheTopCommand() {
        InProcessCli.Result help = InProcessCli.run("compare", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: readout-diff compare "), help.out());
    }
}
