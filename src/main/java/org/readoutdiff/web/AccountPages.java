package org.readoutdiff.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.readoutdiff.accounts.Access;
import org.readoutdiff.accounts.AccountProblem;
import org.readoutdiff.accounts.Accounts;
import org.readoutdiff.accounts.AuthMode;
import org.readoutdiff.accounts.Caller;
import org.readoutdiff.accounts.Role;
import org.readoutdiff.service.InputProblem;

/**
 * The login form (it posts to Quarkus' form login, /j_security_check), signing out, and the page
 * where a signed-in user makes and revokes their API tokens.
 */
@Path("/")
public class AccountPages {

    private final Access access;
    private final Accounts accounts;
    private final String cookieName;

    public AccountPages(Access access, Accounts accounts,
                        @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.access = access;
        this.accounts = accounts;
        this.cookieName = cookieName;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error) {
        return Pages.login(new AccountViews.Login(access.mode().accounts(), access.mode() == AuthMode.USERS,
                error != null));
    }

    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/login"))
                .cookie(new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }

    @GET
    @Path("account/tokens")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance tokens() {
        return page(null);
    }

    @POST
    @Path("account/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance addToken(@RestForm String label) throws InputProblem {
        try {
            return page(accounts.addToken(signedIn().name(), label));
        } catch (AccountProblem e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, e.notFound() ? "API tokens belong to built-in accounts (readout-diff admin add-user); "
                            + e.getMessage() : e.getMessage());
        }
    }

    @POST
    @Path("account/tokens/{id}/revoke")
    public Response revoke(@PathParam("id") String id) throws InputProblem {
        if (!accounts.revokeToken(id, signedIn().name())) {
            throw new InputProblem(InputProblem.Kind.NOT_FOUND, "You have no token with the id '" + id + "'.");
        }
        return Response.seeOther(URI.create("/account/tokens")).build();
    }

    private TemplateInstance page(String newToken) {
        Caller caller = access.caller();
        return Pages.tokens(new AccountViews.Tokens(caller.name(), caller.team(),
                caller.role().map(Role::label).orElse("none"),
                accounts.tokens(caller.name()).stream().map(t -> new AccountViews.TokenRow(t.id(), t.label(),
                        Views.time(t.createdAt()), t.revokedAt() != null ? "revoked " + Views.time(t.revokedAt())
                        : t.active() ? "active" : "expired", t.active())).toList(),
                newToken));
    }

    private Caller signedIn() throws InputProblem {
        Caller caller = access.caller();
        if (caller.isAnonymous() || caller.name().isEmpty()) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "API tokens need accounts: set READOUT_DIFF_AUTH=users "
                    + "(see docs/web.md, \"Accounts\").");
        }
        return caller;
    }
}
