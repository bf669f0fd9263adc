package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.readoutdiff.service.InputProblem;
import picocli.CommandLine;

/** Exit codes 2 and 3 from failing commands, through the same handler the CLI installs. */
class ExitCodeMappingTest {

    /** Not annotated with @Command: Quarkus would take an annotated class for one of the application's commands. */
    static final class Failing implements Callable<Integer> {
        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static String[] run(Exception failure) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(CommandLine.Model.CommandSpec.wrapWithoutInspection(new Failing(failure)))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new CommandLineSetup.ExitCodeMapping());
        int exit = command.execute();
        return new String[] {String.valueOf(exit), err.toString()};
    }

    @Test
    void anInputErrorIsExitTwoAndOneLine() {
        String[] result = run(new InputProblem(InputProblem.Kind.NOT_FOUND, "left.txt: no such file"));
        assertEquals("2", result[0]);
        assertEquals("readout-diff: left.txt: no such file" + System.lineSeparator(), result[1]);
    }

    @Test
    void anythingElseIsExitThreeWithoutAStackTrace() {
        String[] result = run(new IllegalStateException("broken invariant"));
        assertEquals("3", result[0]);
        assertEquals("readout-diff: internal error: java.lang.IllegalStateException: broken invariant"
                + " (please report it, with the command you ran)" + System.lineSeparator(), result[1]);
    }

    /** Throws an Error, which picocli's exception handler never sees. */
    static final class Erring implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    @Test
    void anErrorIsExitThreeNotQuarkusExitOne() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(CommandLine.Model.CommandSpec.wrapWithoutInspection(new Erring()))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new CommandLineSetup.ExitCodeMapping());
        CommandLine.IExecutionStrategy strategy = command.getExecutionStrategy();
        command.setExecutionStrategy(parseResult -> CommandLineSetup.withErrorsMapped(strategy, parseResult));
        assertEquals(3, command.execute());
        assertEquals("readout-diff: internal error: java.lang.StackOverflowError"
                + " (please report it, with the command you ran)" + System.lineSeparator(), err.toString());
    }
}
