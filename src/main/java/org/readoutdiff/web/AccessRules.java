package org.readoutdiff.web;

import java.util.regex.Pattern;
import org.readoutdiff.accounts.Caller;
import org.readoutdiff.accounts.Role;

/**
 * Who may send which request, with accounts on (docs/web.md, "Accounts"). Whether a caller may see
 * one particular thing (its team, or a published comparison) is the library's question; this
 * only says who may ask at all:
 *
 * <ul>
 *   <li>anyone: the login page, signing out, and a comparison's permalink (its page, .json, .md and
 *       GET /api/comparisons/{id}), which answers 404 unless the caller's team owns it or it is
 *       published;</li>
 *   <li>any account with a role: the other reading requests, and its own API tokens;</li>
 *   <li>editors: every request that changes something (upload, compare, publish, watch);</li>
 *   <li>admins: /admin and /api/admin.</li>
 * </ul>
 */
final class AccessRules {

    /** What the rules decide. */
    enum Verdict { ALLOW, SIGN_IN, FORBIDDEN }

    private static final Pattern PERMALINK = Pattern.compile("/(api/)?comparisons/[A-Za-z0-9]+(\\.json|\\.md)?");

    private AccessRules() {
    }

    static Verdict decide(String method, String path, Caller caller) {
        boolean reading = method.equals("GET") || method.equals("HEAD");
        if (path.equals("/login") || path.equals("/logout") || (reading && PERMALINK.matcher(path).matches())) {
            return Verdict.ALLOW;
        }
        if (caller.isAnonymous()) {
            return Verdict.SIGN_IN;
        }
        Role needed = path.startsWith("/admin") || path.startsWith("/api/admin") ? Role.ADMIN
                : reading || path.startsWith("/account/") ? Role.READER : Role.EDITOR;
        return caller.may(needed) ? Verdict.ALLOW : Verdict.FORBIDDEN;
    }

    static String forbidden(Caller caller, String method, String path) {
        String role = caller.role().map(Role::label).orElse("no role");
        return "Your account (" + caller.name() + ", " + role + ") may not do this: " + method + " " + path + " needs "
                + (path.startsWith("/admin") || path.startsWith("/api/admin") ? "the admin role"
                : "the editor role (readers read what their team shares)") + ".";
    }
}
