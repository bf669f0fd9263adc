package org.readoutdiff.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.readoutdiff.service.InputProblem;
import picocli.CommandLine;

/** The picocli command line that Quarkus runs, with our exit-code mapping. */
@ApplicationScoped
class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return configured(factory.create());
    }

    /** Our settings and exit-code mapping on a command line: the same for Quarkus' and for {@link CliMain}'s. */
    static CommandLine configured(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ExitCodeMapping());
        CommandLine.IExecutionStrategy strategy = commandLine.getExecutionStrategy();
        return commandLine.setExecutionStrategy(parseResult -> withErrorsMapped(strategy, parseResult));
    }

    /**
     * An {@link Error} (no stack, no memory) passes picocli's exception handler and would end the
     * run with Quarkus' exit code 1, which means "differences found" to a CI job: it is an
     * internal error, exit 3, in one line like any other.
     */
    static int withErrorsMapped(CommandLine.IExecutionStrategy strategy, CommandLine.ParseResult parseResult) {
        try {
            return strategy.execute(parseResult);
        } catch (VirtualMachineError e) {
            return internalError(e, parseResult.commandSpec().commandLine());
        }
    }

    /**
     * An {@link InputProblem} (from the service, or from a command) is one line on stderr and
     * exit 2; anything else is an internal error, exit 3, without a stack trace unless
     * READOUT_DIFF_DEBUG is set. (Usage errors such as an unknown option exit 2 by picocli's own
     * default.)
     */
    static final class ExitCodeMapping implements CommandLine.IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception exception, CommandLine command,
                                            CommandLine.ParseResult parseResult) {
            if (exception instanceof InputProblem) {
                command.getErr().println("readout-diff: " + exception.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
            return internalError(exception, command);
        }
    }

    /** One line on stderr, the stack too when READOUT_DIFF_DEBUG is set, and exit 3. */
    private static int internalError(Throwable problem, CommandLine command) {
        command.getErr().println("readout-diff: internal error: " + problem
                + " (please report it, with the command you ran)");
        if (System.getenv("READOUT_DIFF_DEBUG") != null) {
            problem.printStackTrace(command.getErr());
        }
        command.getErr().flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
