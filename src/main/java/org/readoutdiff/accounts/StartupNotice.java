package org.readoutdiff.accounts;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at start-up of the service who can reach it, and refuses to listen beyond this machine
 * without accounts unless readout-diff.auth=open says so on purpose.
 */
@ApplicationScoped
public class StartupNotice {

    private static final Logger LOG = Logger.getLogger(StartupNotice.class);
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    void onStart(@Observes StartupEvent event, Access access,
                 @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving,
                 @ConfigProperty(name = "quarkus.http.host", defaultValue = "0.0.0.0") String host) {
        if (!serving) {
            return; // a command-line run opens no port
        }
        String message = message(access.mode(), host);
        switch (access.mode()) {
            case NONE -> LOG.info(message);
            case OPEN -> LOG.warn(message);
            default -> LOG.info(message);
        }
    }

    /** What start-up says; throws when accounts are off and the host is not this machine's loopback. */
    static String message(AuthMode mode, String host) {
        return switch (mode) {
            case NONE -> {
                if (!LOOPBACK.contains(host.strip())) {
                    throw new IllegalStateException("readout-diff.auth is none (no accounts), so the service listens "
                            + "on 127.0.0.1 only, but quarkus.http.host is " + host + ". Turn on accounts "
                            + "(READOUT_DIFF_AUTH=users or oidc), or set READOUT_DIFF_AUTH=open to state that the "
                            + "service is open to everyone who can reach it.");
                }
                yield "No accounts (readout-diff.auth=none): listening on " + host + " only, open to whoever can "
                        + "reach it there. To serve other machines, turn on accounts (READOUT_DIFF_AUTH=users or oidc).";
            }
            case OPEN -> "!!! readout-diff.auth=open: NO ACCOUNTS on " + host + ". Anyone who can reach this service "
                    + "can read every statement and comparison and add to the library. !!!";
            case USERS -> "Accounts on (readout-diff.auth=users): built-in users and API tokens; listening on " + host + ".";
            case OIDC -> "Accounts on (readout-diff.auth=oidc): OpenID Connect and API tokens; listening on " + host + ".";
        };
    }
}
