package org.readoutdiff.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import org.readoutdiff.accounts.Access;
import org.readoutdiff.accounts.Caller;

/**
 * What the site header of every page says of the caller, with accounts on: who is signed in (with
 * a link to their API tokens and a button to sign out), or a link to sign in. Qute template
 * globals, evaluated while the page renders, inside its request.
 */
@TemplateGlobal
public final class SiteHeader {

    private SiteHeader() {
    }

    /** Whether the service has accounts: the header then shows who is signed in. */
    static boolean siteAccounts() {
        return Arc.container().instance(Access.class).get().mode().accounts();
    }

    /** The name of the account signed in, or "" for nobody (anonymous, or accounts off). */
    static String siteUser() {
        Caller caller = Arc.container().instance(Access.class).get().caller();
        return caller.isAnonymous() || caller.name() == null ? "" : caller.name();
    }
}
