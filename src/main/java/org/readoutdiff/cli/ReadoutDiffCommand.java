package org.readoutdiff.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** The top command; it only dispatches to its subcommands. */
@TopCommand
@Command(name = "readout-diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compares official statements sentence by sentence and reports phrase-level differences.",
        subcommands = {CompareCommand.class, BatchCommand.class, ServeCommand.class, WatchCommand.class,
                AdminCommand.class})
public class ReadoutDiffCommand {
}
