package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code admin add-user|list-users|add-token|revoke-token} on a database of its own: the password
 * read from a file (Quarkus' test console holds standard input in this JVM; the packaged
 * service's standard input is read in web.AccountsServiceIT), the token printed once, and exit 2
 * with a one-line message for a duplicate name, a short password, an unknown role and an unknown
 * token.
 */
@QuarkusMainTest
@TestProfile(AdminCommandTest.OwnDatabase.class)
class AdminCommandTest {

    /** A database of its own. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("readout-diff.data-dir", "./target/cli-admin-data-" + ProcessHandle.current().pid());
        }
    }

    @Test
    void addUsersAndTokens(QuarkusMainLauncher launcher) {
        String name = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        LaunchResult added = launchWithPassword(launcher, "a long enough password\n", "admin", "add-user", name,
                "--role", "editor", "--team", "newsroom");
        assertEquals(0, added.exitCode(), added.getErrorOutput());
        assertEquals("added " + name + "\teditor\tteam newsroom", added.getOutput().strip());

        LaunchResult again = launchWithPassword(launcher, "a long enough password\n", "admin", "add-user", name,
                "--role", "editor");
        assertEquals(2, again.exitCode());
        assertEquals("readout-diff: there is already a user named '" + name + "'", again.getErrorOutput().strip());

        LaunchResult shortPassword = launchWithPassword(launcher, "short\n", "admin", "add-user", "x" + name,
                "--role", "reader");
        assertEquals(2, shortPassword.exitCode());
        assertEquals("readout-diff: the password must have at least 10 characters",
                shortPassword.getErrorOutput().strip());

        LaunchResult badRole = launchWithPassword(launcher, "a long enough password\n", "admin", "add-user",
                "y" + name, "--role", "owner");
        assertEquals(2, badRole.exitCode());
        assertEquals("readout-diff: --role is 'owner'; it must be reader, editor or admin",
                badRole.getErrorOutput().strip());

        LaunchResult noPassword = launchWithPassword(launcher, "", "admin", "add-user", "z" + name, "--role", "reader");
        assertEquals(2, noPassword.exitCode());
        assertTrue(noPassword.getErrorOutput().startsWith("readout-diff: give the password on "),
                noPassword.getErrorOutput());

        LaunchResult listed = launcher.launch("admin", "list-users");
        assertEquals(0, listed.exitCode(), listed.getErrorOutput());
        assertTrue(listed.getOutput().contains(name + "\teditor\tnewsroom"), listed.getOutput());

        LaunchResult token = launcher.launch("admin", "add-token", name);
        assertEquals(0, token.exitCode(), token.getErrorOutput());
        assertTrue(token.getOutput().strip().matches("rdt_[A-Za-z0-9_-]{43}"), token.getOutput());

        LaunchResult nobody = launcher.launch("admin", "add-token", "nobody-" + name);
        assertEquals(2, nobody.exitCode());
        assertEquals("readout-diff: there is no user named 'nobody-" + name + "'", nobody.getErrorOutput().strip());

        LaunchResult unknown = launcher.launch("admin", "revoke-token", "AAAAAAAAAAAAAAAA");
        assertEquals(2, unknown.exitCode());
        assertEquals("readout-diff: there is no token with the id 'AAAAAAAAAAAAAAAA'", unknown.getErrorOutput().strip());
    }

    private static LaunchResult launchWithPassword(QuarkusMainLauncher launcher, String password, String... args) {
        try {
            Path file = Files.createTempFile("password", ".txt");
            Files.writeString(file, password);
            String[] all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--password-file";
            all[args.length + 1] = file.toString();
            try {
                return launcher.launch(all);
            } finally {
                Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
