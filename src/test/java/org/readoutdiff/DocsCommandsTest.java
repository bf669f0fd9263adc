package org.readoutdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.readoutdiff.DocsCommands.Block;
import org.readoutdiff.DocsCommands.Command;
import org.readoutdiff.DocsCommands.Kind;
import org.readoutdiff.cli.InProcessCli;

/**
 * Every command in the README and in {@code docs/} is run by a test: each shell block is either
 * run or says on the line above it why not ({@code <!-- not run by tests: why -->}). The command
 * line's commands are run here, in process ({@code CliMain}, what {@code target/cli/readout-diff}
 * runs), from the repository's top folder so that {@code fixtures/...} resolve, with every file
 * they write ({@code -o}, {@code --junit}, {@code --step-summary}) moved into a temporary folder;
 * each must exit as its comment says ({@code # exits 1}) or 0, write what it names, and print
 * the documented output where an {@code output} block follows. The curl commands run in
 * {@link DocsCommandsApiTest}.
 */
class DocsCommandsTest {

    /** Options whose value is a file or folder the command writes. */
    private static final Set<String> OUTPUT_OPTIONS = Set.of("-o", "--output", "--junit", "--step-summary");

    @TempDir
    static Path work;

    @Test
    void everyShellBlockIsRunOrSaysWhyNot() throws IOException {
        List<Block> blocks = DocsCommands.blocks();
        List<String> problems = new ArrayList<>();
        for (Block block : blocks) {
            if (block.marked()) {
                if (block.notRunReason().isBlank()) {
                    problems.add(block.where() + ": a block not run by tests must say why");
                }
                if (block.expectedOutput() != null) {
                    problems.add(block.where() + ": documents an output that no test checks");
                }
                continue;
            }
            if (block.commands().isEmpty()) {
                problems.add(block.where() + ": a shell block with no command");
            }
            for (Command command : block.commands()) {
                if (command.kind() == Kind.OTHER) {
                    problems.add(command.where() + ": neither a readout-diff compare or batch command nor a curl command:"
                            + " make it one, or mark the block <!-- not run by tests: why -->");
                }
            }
        }
        assertEquals(List.of(), problems, "shell blocks of the docs that no test runs");
        // the docs have commands of both kinds; a parser that found none would pass everything
        assertTrue(DocsCommands.commands(Kind.CLI).size() >= 4, "command-line commands found: " + DocsCommands.commands(Kind.CLI));
        assertTrue(DocsCommands.commands(Kind.CURL).size() >= 8, "curl commands found: " + DocsCommands.commands(Kind.CURL));
        assertTrue(blocks.stream().anyMatch(Block::marked));
    }

    @Test
    void theParserSplitsAsAShellDoes() {
        List<Command> commands = DocsCommands.split(Path.of("x.md"), 1, """
                # a comment line
                readout-diff compare a.txt \\
                    'b c.txt' --fail-on substantive   # exits 1
                curl -s -X POST localhost:8080/api/x -d '{
                  "a": "b"}'
                curl -s "localhost:8080/api/x?q=a b"   # 404 unknown
                ID=$(curl -s localhost:8080/api/x) && echo "$ID"
                """, false);
        assertEquals(4, commands.size(), commands.toString());
        assertEquals(List.of("readout-diff", "compare", "a.txt", "b c.txt", "--fail-on", "substantive"), commands.get(0).words());
        assertEquals(2, commands.get(0).line());
        assertEquals(1, commands.get(0).expectedExitCode());
        assertEquals(Kind.CLI, commands.get(0).kind());
        assertEquals(Kind.CURL, commands.get(1).kind());
        assertEquals(404, commands.get(2).expectedStatus());
        assertEquals("localhost:8080/api/x?q=a b", commands.get(2).words().get(2));
        assertEquals(Kind.OTHER, commands.get(3).kind(), "shell syntax is not run");
        List<Block> blocks = DocsCommands.blocks(Path.of("x.md"), """
                <!-- not run by tests: it starts a server -->
                ```sh
                java -jar target/quarkus-app/quarkus-run.jar serve
                ```

                ```sh
                java -jar target/quarkus-app/quarkus-run.jar serve
                ```

                ```output
                started
                ```
                """);
        assertEquals("it starts a server", blocks.get(0).notRunReason());
        assertFalse(blocks.get(1).marked());
        assertEquals(Kind.OTHER, blocks.get(1).commands().get(0).kind(), "serve is not run in process");
        assertEquals("started\n", blocks.get(1).expectedOutput());
    }

    /** The workflow of "Use in CI" (YAML, not run here) runs the very command that its shell block runs. */
    @Test
    void theWorkflowRunsTheTestedCommand() throws IOException {
        Path ci = Path.of("docs", "ci.md");
        java.util.regex.Matcher step = java.util.regex.Pattern.compile("run: >-\\n((?: {10}.*\\n)+)")
                .matcher(Files.readString(ci));
        assertTrue(step.find(), "the workflow's comparison step in " + ci);
        List<String> workflow = List.of(step.group(1).strip().split("\\s+"));
        List<List<String>> tested = DocsCommands.blocks().stream().filter(b -> b.file().equals(ci) && !b.marked())
                .flatMap(b -> b.commands().stream()).map(Command::words).toList();
        assertEquals(List.of(workflow), tested);
    }

    /** The workflow shown in "Use in CI" is the file a reader copies, docs/examples/readouts.yml, to the byte. */
    @Test
    void theWorkflowShownIsTheWorkflowFile() throws IOException {
        java.util.regex.Matcher yaml = java.util.regex.Pattern.compile("```yaml\\n(.*?)```\\n", java.util.regex.Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs", "ci.md")));
        assertTrue(yaml.find(), "the workflow's YAML block in docs/ci.md");
        assertEquals(Files.readString(Path.of("docs", "examples", "readouts.yml")), yaml.group(1));
    }

    @TestFactory
    Stream<DynamicTest> everyCommandLineCommandRunsAsDocumented() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Block block : DocsCommands.blocks()) {
            if (block.marked()) {
                continue;
            }
            List<Command> commands = block.commands();
            for (int i = 0; i < commands.size(); i++) {
                Command command = commands.get(i);
                String output = i == commands.size() - 1 ? block.expectedOutput() : null;
                if (command.kind() == Kind.CLI) {
                    tests.add(DynamicTest.dynamicTest(command.where(), () -> run(command, output)));
                }
            }
        }
        return tests.stream();
    }

    private static void run(Command command, String expectedOutput) throws IOException {
        Path folder = Files.createDirectories(work.resolve("command-at-line-" + command.line() + "-" + command.file().getFileName()));
        List<String> args = new ArrayList<>(command.cliArguments());
        List<Path> written = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (OUTPUT_OPTIONS.contains(args.get(i)) && !args.get(i + 1).equals("-")) {
                Path out = folder.resolve(args.get(i + 1));
                Files.createDirectories(out.getParent());
                args.set(i + 1, out.toString());
                written.add(out);
            }
        }
        InProcessCli.Result result = InProcessCli.run(args.toArray(String[]::new));
        assertEquals(command.expectedExitCode(), result.exitCode(),
                command.where() + "\nexits " + result.exitCode() + ", stderr:\n" + result.err());
        for (Path out : written) {
            assertTrue(Files.exists(out), command.where() + ": did not write " + folder.relativize(out));
            if (Files.isDirectory(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    assertTrue(files.findAny().isPresent(), command.where() + ": wrote an empty folder " + out);
                }
            } else {
                assertTrue(Files.size(out) > 0, command.where() + ": wrote an empty " + out);
            }
            if (out.toString().endsWith(".json")) {
                assertTrue(Files.readString(out).contains("\"schema\" : \"readout-diff/"), out + " names its schema");
            }
        }
        if (expectedOutput != null) {
            assertEquals(expectedOutput.strip(), result.out().strip(), command.where() + ": prints what the docs show");
        } else if (written.isEmpty()) {
            assertFalse(result.out().isBlank(), command.where() + ": wrote nothing and printed nothing");
        }
    }
}
