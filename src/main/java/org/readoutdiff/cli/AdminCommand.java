package org.readoutdiff.cli;

import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.readoutdiff.accounts.AccountProblem;
import org.readoutdiff.accounts.Accounts;
import org.readoutdiff.accounts.Role;
import org.readoutdiff.service.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code admin add-user|add-token|list-users|revoke-token}: the built-in accounts of the
 * database the service uses (docs/web.md, "Accounts"). Like {@code watch}, it opens the database and
 * no port; with the embedded H2 database, run it while the service is stopped.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Built-in accounts (READOUT_DIFF_AUTH=users): add-user, list-users, add-token, revoke-token.",
        subcommands = {AdminCommand.AddUser.class, AdminCommand.ListUsers.class, AdminCommand.AddToken.class,
                AdminCommand.RevokeToken.class})
class AdminCommand {

    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = "Adds an account; its password is read from standard input (one line, at least 10 characters).")
    static class AddUser implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "reader|editor|admin")
        String role;

        @Option(names = "--team", paramLabel = "T", description = "The team whose statements it sees (default: default).")
        String team = "default";

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "Read the password from the first line of FILE (a mounted secret) instead of standard input.")
        java.nio.file.Path passwordFile;

        @Inject
        Accounts accounts;

        @Override
        public Integer call() throws InputProblem {
            Role parsed = Role.parse(role).orElseThrow(() -> new InputProblem(InputProblem.Kind.BAD_INPUT,
                    "--role is '" + role + "'; it must be reader, editor or admin"));
            String password = passwordFile == null ? firstLine(System.in, "standard input")
                    : firstLine(passwordFile);
            Accounts.Account account = run(() -> accounts.addUser(name, parsed, team, password));
            System.out.println("added " + account.name() + "\t" + account.role().label() + "\tteam " + account.team());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list-users", mixinStandardHelpOptions = true, description = "Every account: name, role, team.")
    static class ListUsers implements Callable<Integer> {

        @Inject
        Accounts accounts;

        @Override
        public Integer call() {
            accounts.users().forEach(a -> System.out.println(a.name() + "\t" + a.role().label() + "\t" + a.team()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "add-token", mixinStandardHelpOptions = true,
            description = "Prints a new API token of the user (sent as Authorization: Bearer TOKEN); it is not kept.")
    static class AddToken implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--label", paramLabel = "L", description = "What it is for (default: cli).")
        String label = "cli";

        @Option(names = "--days", paramLabel = "N", description = "Valid for N days (default: until revoked).")
        Integer days;

        @Inject
        Accounts accounts;

        @Override
        public Integer call() throws InputProblem {
            if (days != null && days < 1) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT, "--days must be at least 1; " + days + " was given");
            }
            java.time.Instant expires = days == null ? null : java.time.Instant.now().plus(java.time.Duration.ofDays(days));
            System.out.println(run(() -> accounts.addToken(name, label, expires)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke-token", mixinStandardHelpOptions = true, description = "Revokes a token at once, by its id.")
    static class RevokeToken implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Inject
        Accounts accounts;

        @Override
        public Integer call() throws InputProblem {
            if (!accounts.revokeToken(id, null)) {
                throw new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no token with the id '" + id + "'");
            }
            System.out.println("revoked " + id);
            return ExitCodes.OK;
        }
    }

    private interface AccountStep<T> {
        T run() throws AccountProblem;
    }

    private static <T> T run(AccountStep<T> step) throws InputProblem {
        try {
            return step.run();
        } catch (AccountProblem e) {
            throw new InputProblem(e.notFound() ? InputProblem.Kind.NOT_FOUND : InputProblem.Kind.BAD_INPUT,
                    e.getMessage());
        }
    }

    private static String firstLine(java.nio.file.Path file) throws InputProblem {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return firstLine(in, file.toString());
        } catch (IOException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "could not read the password file " + file + ": " + e);
        }
    }

    private static String firstLine(java.io.InputStream in, String where) throws InputProblem {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT, "give the password on " + where + ", e.g. "
                        + "printf '%s\\n' \"$PASSWORD\" | readout-diff admin add-user NAME --role editor");
            }
            return line;
        } catch (IOException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "could not read the password from " + where + ": "
                    + e.getMessage());
        }
    }
}
