package org.readoutdiff.accounts;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the request being served, and what they may see. Outside a request (the
 * command line, the watch scheduler) the caller is the one set with {@link #as}, else {@link
 * Caller#everyone()}: such work is started by an administrator of the machine, or on behalf of a
 * watch, whose team {@link #as} names.
 */
@ApplicationScoped
public class Access {

    /** The attribute of a security identity that holds its team (built-in accounts and tokens). */
    public static final String TEAM_ATTRIBUTE = "readout-diff.team";

    private static final ThreadLocal<Caller> ACTING = new ThreadLocal<>();

    private final AuthMode mode;
    private final String oidcTeamClaim;

    public Access(@ConfigProperty(name = AuthMode.PROPERTY, defaultValue = "none") String mode,
                  @ConfigProperty(name = "readout-diff.oidc.team-claim", defaultValue = "team") String oidcTeamClaim) {
        this.mode = AuthMode.parse(mode);
        this.oidcTeamClaim = oidcTeamClaim;
    }

    public AuthMode mode() {
        return mode;
    }

    public Caller caller() {
        Caller acting = ACTING.get();
        if (acting != null) {
            return acting;
        }
        if (!mode.accounts()) {
            return Caller.everyone();
        }
        InjectableContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return Caller.everyone();
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return Caller.anonymous();
        }
        return new Caller(identity.getPrincipal().getName(), team(identity), Role.highest(identity.getRoles()));
    }

    private String team(SecurityIdentity identity) {
        Object team = identity.getAttribute(TEAM_ATTRIBUTE);
        if (team == null && identity.getPrincipal() instanceof JsonWebToken jwt) {
            team = jwt.getClaim(oidcTeamClaim);
        }
        return team == null ? Caller.DEFAULT_TEAM : team.toString();
    }

    /** The team whose things a list shows: the caller's, or null for all (accounts off). */
    public String teamFilter() {
        Caller acting = ACTING.get();
        if (acting != null) {
            return acting.team();
        }
        if (!mode.accounts() || !Arc.container().requestContext().isActive()) {
            return null; // one implicit team, or the machine's own work (command line, scheduler)
        }
        return String.valueOf(caller().team());
    }

    /** The team new things belong to. */
    public String owningTeam() {
        Caller caller = caller();
        return caller.team() == null ? Caller.DEFAULT_TEAM : caller.team();
    }

    /** Whether the caller may see a thing of this team. */
    public boolean sees(String team) {
        String filter = teamFilter();
        return filter == null || filter.equals(team);
    }

    /**
     * The caller's name for the audit trail: "-" when anonymous, "(no accounts)" for a request
     * while accounts are off, "(command line)" for work started on the machine itself.
     */
    public String actor() {
        Caller caller = caller();
        if (caller.isAnonymous()) {
            return "-";
        }
        if (!caller.name().isEmpty()) {
            return caller.name();
        }
        return Arc.container().requestContext().isActive() ? "(no accounts)" : "(command line)";
    }

    /** Runs work on behalf of a team, outside any request (a watch's check). */
    public static <T> T as(String team, Callable<T> work) throws Exception {
        return as(team, "watch", work);
    }

    /**
     * Runs work on behalf of a team, outside any request, as an editor named {@code actor} in the
     * audit trail: a watch's check, or a comparison job that a replica runs for the team that queued it.
     */
    public static <T> T as(String team, String actor, Callable<T> work) throws Exception {
        Caller previous = ACTING.get();
        ACTING.set(new Caller(actor, Optional.ofNullable(team).orElse(Caller.DEFAULT_TEAM), Optional.of(Role.EDITOR)));
        try {
            return work.call();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }
}
