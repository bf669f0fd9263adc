package org.readoutdiff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shell commands of the README and of {@code docs/*.md}, for {@link DocsCommandsTest} (the
 * command line) and {@link DocsCommandsApiTest} (curl). A fenced block whose info string starts
 * with {@code sh}, {@code bash}, {@code shell} or {@code console} is a shell block; it is either
 * run by those tests or marked on the line above it with {@code <!-- not run by tests: why -->}.
 * A block's commands are split as a shell would split them: quotes, backslash-newline, comments.
 * A command's comment {@code # exits N} is the exit code it must give, and a comment that starts
 * with an HTTP status ({@code # 202, ...}) the status a curl command must get. A fenced block
 * with the info string {@code output} is what the last command of the shell block before it
 * prints.
 */
final class DocsCommands {

    static final Set<String> SHELL = Set.of("sh", "bash", "shell", "console");
    private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*(.*)$");
    private static final Pattern NOT_RUN = Pattern.compile("^<!--\\s*not run by tests:(.*)-->$");
    private static final Pattern EXITS = Pattern.compile("\\bexits (\\d+)\\b");
    private static final Pattern STATUS = Pattern.compile("^(\\d{3})\\b");
    /** Words that make a line more than one simple command: pipes, lists, redirections, substitutions, background. */
    private static final Set<String> SHELL_OPERATORS = Set.of("|", "||", "&&", ";", "&", ">", ">>", "<", "<<");

    enum Kind {
        /** readout-diff's command line, run in process. */
        CLI,
        /** curl against the HTTP API, run against the test's service. */
        CURL,
        /** neither: a block with such a command must say why it is not run. */
        OTHER
    }

    /** One command: its words after quote removal, its comment, where it is. */
    record Command(Path file, int line, List<String> words, String comment, boolean hasShellSyntax) {

        Kind kind() {
            if (hasShellSyntax || words.isEmpty()) {
                return Kind.OTHER;
            }
            if (words.get(0).equals("curl")) {
                return Kind.CURL;
            }
            return cliArguments() == null ? Kind.OTHER : Kind.CLI;
        }

        /** The arguments after the program, for the commands that the command line's jar runs, else null. */
        List<String> cliArguments() {
            List<String> rest;
            String first = words.get(0);
            if (first.equals("readout-diff") || first.equals("target/cli/readout-diff")) {
                rest = words.subList(1, words.size());
            } else if (words.size() > 2 && first.equals("java") && words.get(1).equals("-jar")
                    && Set.of("target/cli/readout-diff.jar", "target/quarkus-app/quarkus-run.jar").contains(words.get(2))) {
                rest = words.subList(3, words.size());
            } else {
                return null;
            }
            // serve, watch and admin need a server or the database: not for an in-process run
            return !rest.isEmpty() && Set.of("compare", "batch").contains(rest.get(0)) ? rest : null;
        }

        /** The exit code the comment asks for ({@code # exits 1}), else 0. */
        int expectedExitCode() {
            Matcher m = EXITS.matcher(comment);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }

        /** The HTTP status the comment starts with ({@code # 202, Location: ...}), else -1: any 2xx. */
        int expectedStatus() {
            Matcher m = STATUS.matcher(comment.strip());
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }

        String where() {
            return file + ":" + line + ": " + String.join(" ", words);
        }
    }

    /** A shell block: where it is, why it is not run (null when it is), its commands and the output it documents. */
    record Block(Path file, int line, String info, String notRunReason, List<Command> commands, String expectedOutput) {

        boolean marked() {
            return notRunReason != null;
        }

        String where() {
            return file + ":" + line;
        }
    }

    private DocsCommands() {
    }

    /** README.md and every docs/*.md, in a fixed order. */
    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** Every shell block of every document. */
    static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path document : documents()) {
            blocks.addAll(blocks(document, Files.readString(document, StandardCharsets.UTF_8)));
        }
        return blocks;
    }

    static List<Command> commands(Kind kind) throws IOException {
        List<Command> commands = new ArrayList<>();
        for (Block block : blocks()) {
            if (!block.marked()) {
                block.commands().stream().filter(c -> c.kind() == kind).forEach(commands::add);
            }
        }
        return commands;
    }

    static List<Block> blocks(Path file, String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        Block lastShell = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher open = FENCE.matcher(lines[i]);
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            String fence = open.group(2);
            String info = open.group(3).strip();
            String language = info.isEmpty() ? "" : info.split("\\s+")[0];
            int end = i + 1;
            StringBuilder body = new StringBuilder();
            while (end < lines.length && !isClosing(lines[end], fence)) {
                String line = lines[end];
                body.append(line, Math.min(indent, leadingSpaces(line)), line.length()).append('\n');
                end++;
            }
            if (SHELL.contains(language)) {
                String reason = notRunReason(lines, i);
                // a marked block is not split: it may hold here-documents and other shell
                lastShell = new Block(file, i + 1, info, reason, reason != null ? List.of()
                        : split(file, i + 2, body.toString(), language.equals("console")), null);
                blocks.add(lastShell);
            } else if (language.equals("output")) {
                if (lastShell == null || lastShell.expectedOutput() != null) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": an output block with no shell block before it");
                }
                Block withOutput = new Block(lastShell.file(), lastShell.line(), lastShell.info(), lastShell.notRunReason(),
                        lastShell.commands(), body.toString());
                blocks.set(blocks.size() - 1, withOutput);
                lastShell = withOutput;
            }
            i = end;
        }
        return blocks;
    }

    private static boolean isClosing(String line, String fence) {
        String stripped = line.strip();
        return stripped.startsWith(fence.substring(0, 3)) && stripped.chars().allMatch(c -> c == fence.charAt(0))
                && stripped.length() >= fence.length();
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** The reason on the nearest non-blank line above the fence, if it is a not-run marker; else null. */
    private static String notRunReason(String[] lines, int fence) {
        for (int j = fence - 1; j >= 0; j--) {
            if (!lines[j].isBlank()) {
                Matcher m = NOT_RUN.matcher(lines[j].strip());
                return m.matches() ? m.group(1).strip() : null;
            }
        }
        return null;
    }

    /**
     * The commands of a block as a POSIX shell splits them: single and double quotes, backslash
     * escapes and backslash-newline, a newline outside quotes ends a command, {@code #} at the start
     * of a word starts a comment. In a console block only the lines after a {@code $ } prompt are
     * commands. Operators ({@code | && ; >} ...), {@code $(...)} and variables are not interpreted:
     * they make the command one that is not run.
     */
    static List<Command> split(Path file, int firstLine, String body, boolean console) {
        if (console) {
            StringBuilder commands = new StringBuilder();
            boolean continued = false;
            for (String line : body.split("\n", -1)) {
                if (line.startsWith("$ ") || continued) {
                    commands.append(continued ? line : line.substring(2)).append('\n');
                    continued = line.endsWith("\\");
                } else {
                    commands.append('\n'); // keeps the line numbers
                }
            }
            body = commands.toString();
        }
        List<Command> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        StringBuilder comment = new StringBuilder();
        boolean syntax = false;
        int line = firstLine;
        int commandLine = firstLine;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (!words.isEmpty()) {
                    commands.add(new Command(file, commandLine, List.copyOf(words), comment.toString().strip(), syntax));
                }
                words.clear();
                comment.setLength(0);
                syntax = false;
                line++;
                commandLine = line;
            } else if (c == '#' && word == null) {
                int eol = body.indexOf('\n', i);
                eol = eol < 0 ? body.length() : eol;
                comment.append(body, i + 1, eol);
                i = eol - 1;
            } else if (c == ' ' || c == '\t') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                i++;
                line++;
            } else {
                if (word == null) {
                    word = new StringBuilder();
                    if (words.isEmpty()) {
                        commandLine = line;
                    }
                }
                if (c == '\'') {
                    int close = body.indexOf('\'', i + 1);
                    if (close < 0) {
                        throw new IllegalStateException(file + ":" + line + ": a quote that is not closed");
                    }
                    String quoted = body.substring(i + 1, close);
                    line += (int) quoted.chars().filter(ch -> ch == '\n').count();
                    word.append(quoted);
                    i = close;
                } else if (c == '"') {
                    int j = i + 1;
                    for (; j < body.length() && body.charAt(j) != '"'; j++) {
                        char q = body.charAt(j);
                        if (q == '\\' && "\"\\$`".indexOf(body.charAt(j + 1)) >= 0) {
                            q = body.charAt(++j);
                        } else if (q == '$' || q == '`') {
                            syntax = true;
                        }
                        if (q == '\n') {
                            line++;
                        }
                        word.append(q);
                    }
                    if (j >= body.length()) {
                        throw new IllegalStateException(file + ":" + line + ": a quote that is not closed");
                    }
                    i = j;
                } else if (c == '\\' && i + 1 < body.length()) {
                    word.append(body.charAt(++i));
                } else {
                    if (c == '$' || c == '`' || c == '(' || c == ')') {
                        syntax = true;
                    }
                    word.append(c);
                }
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            commands.add(new Command(file, commandLine, List.copyOf(words), comment.toString().strip(), syntax));
        }
        List<Command> checked = new ArrayList<>();
        for (Command command : commands) {
            boolean operators = command.words().stream().anyMatch(w -> SHELL_OPERATORS.contains(w) || w.endsWith(";")
                    || w.startsWith(">") || w.startsWith("|") || w.contains("&&"));
            boolean assignment = command.words().get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*");
            checked.add(operators || assignment
                    ? new Command(command.file(), command.line(), command.words(), command.comment(), true)
                    : command);
        }
        return checked;
    }
}
