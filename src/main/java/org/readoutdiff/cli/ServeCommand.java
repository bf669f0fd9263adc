package org.readoutdiff.cli;

import io.quarkus.runtime.Quarkus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}: the web service, until stopped (the HTTP server was started by Quarkus). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the web service on quarkus.http.port (8080) until stopped with Ctrl-C.")
class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Quarkus.waitForExit();
        return ExitCodes.OK;
    }
}
