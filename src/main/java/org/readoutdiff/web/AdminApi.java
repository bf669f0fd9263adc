package org.readoutdiff.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.readoutdiff.accounts.Accounts;
import org.readoutdiff.accounts.Audit;

/** What an admin reads: the audit trail and the accounts (AccessRules: admin role only). */
@Path("/api/admin")
public class AdminApi {

    private final Audit audit;
    private final Accounts accounts;

    public AdminApi(Audit audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit trail, newest first: who uploaded, compared, published, changed a watch or an account")
    public List<Audit.Event> audit() {
        return audit.events();
    }

    @GET
    @Path("users")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The built-in accounts: name, role, team")
    public List<Accounts.Account> users() {
        return accounts.users();
    }
}
