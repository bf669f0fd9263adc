package org.readoutdiff.accounts;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.readoutdiff.storage.AccountEntity;
import org.readoutdiff.storage.AccountRepository;
import org.readoutdiff.storage.ApiTokenEntity;
import org.readoutdiff.storage.PublicIds;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.Password;
import org.wildfly.security.provider.util.ProviderUtil;
import org.wildfly.security.password.util.ModularCrypt;

/** Built-in accounts and API tokens: adding them, checking them, revoking tokens. */
@ApplicationScoped
public class Accounts {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final int MIN_PASSWORD = 10;

    private final AccountRepository repository;
    private final Audit audit;

    public Accounts(AccountRepository repository, Audit audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** An account as others see it (no hash). */
    public record Account(String name, Role role, String team, Instant createdAt) {
    }

    /** A token as its owner sees it after creation (the token itself is shown only once). */
    public record Token(String id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
        }
    }

    public Account addUser(String name, Role role, String team, String password) throws AccountProblem {
        checkName("user name", name);
        checkName("team", team);
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountProblem("the password must have at least " + MIN_PASSWORD + " characters", false);
        }
        AccountEntity account = new AccountEntity();
        account.name = name;
        account.role = role.label();
        account.team = team;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        boolean added = QuarkusTransaction.requiringNew().call(() -> {
            if (repository.find(name).isPresent()) {
                return false;
            }
            repository.persist(account);
            return true;
        });
        if (!added) {
            throw new AccountProblem("there is already a user named '" + name + "'", false);
        }
        audit.record("add-user", name, "role " + role.label() + ", team " + team, team);
        return account(account);
    }

    public List<Account> users() {
        return QuarkusTransaction.requiringNew().call(() -> repository.accounts().stream().map(Accounts::account).toList());
    }

    /** The account with this name. */
    public Optional<Account> user(String name) {
        return QuarkusTransaction.requiringNew().call(() -> repository.find(name).map(Accounts::account));
    }

    /** The account with this name and password, if both are right. */
    public Optional<Account> check(String name, char[] password) {
        Optional<AccountEntity> account = QuarkusTransaction.requiringNew().call(() -> repository.find(name));
        if (account.isEmpty() || account.get().passwordHash == null) {
            matches(Unknown.HASH, password); // as slow as for a known name: the time tells no names
            return Optional.empty();
        }
        return matches(account.get().passwordHash, password) ? account.map(Accounts::account) : Optional.empty();
    }

    /** A bcrypt hash to check a password against when the name is unknown (made on first use). */
    private static final class Unknown {
        static final String HASH = BcryptUtil.bcryptHash(ApiTokens.newToken());
    }

    /** As quarkus-security-jpa checks a stored password: Elytron's credential against the guess. */
    private static boolean matches(String hash, char[] password) {
        try {
            Password stored = ModularCrypt.decode(hash);
            return new PasswordCredential(stored).verify(ProviderUtil.INSTALLED_PROVIDERS,
                    new PasswordGuessEvidence(password));
        } catch (Exception e) {
            return false;
        }
    }

    /** A new token for an account, valid until revoked; the answer is the only time the token is seen. */
    public String addToken(String accountName, String label) throws AccountProblem {
        return addToken(accountName, label, null);
    }

    /** A new token for an account, valid until {@code expiresAt} (null: until revoked). */
    public String addToken(String accountName, String label, Instant expiresAt) throws AccountProblem {
        String token = ApiTokens.newToken();
        ApiTokenEntity entity = new ApiTokenEntity();
        entity.id = PublicIds.next();
        entity.accountName = accountName;
        entity.label = label == null || label.isBlank() ? "token" : label.strip();
        if (entity.label.length() > 200) {
            throw new AccountProblem("a token's name has at most 200 characters", false);
        }
        entity.tokenSha256 = ApiTokens.sha256(token);
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        entity.expiresAt = expiresAt;
        String team = QuarkusTransaction.requiringNew().call(() -> repository.find(accountName).map(a -> {
            repository.persist(entity);
            return a.team;
        }).orElse(null));
        if (team == null) {
            throw new AccountProblem("there is no user named '" + accountName + "'", true);
        }
        audit.record("add-token", entity.id, "for " + accountName + ": " + entity.label, team);
        return token;
    }

    public List<Token> tokens(String accountName) {
        return QuarkusTransaction.requiringNew().call(() -> repository.tokensOf(accountName).stream()
                .map(t -> new Token(t.id, t.label, t.createdAt, t.expiresAt, t.revokedAt)).toList());
    }

    /**
     * Revokes a token at once; {@code owner} null lets any token be revoked (the command line).
     * False when there is no such token (of that owner).
     */
    public boolean revokeToken(String id, String owner) {
        String team = QuarkusTransaction.requiringNew().call(() -> repository.token(id)
                .filter(t -> owner == null || t.accountName.equals(owner))
                .map(t -> {
                    if (t.revokedAt == null) {
                        t.revokedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    }
                    return repository.find(t.accountName).map(a -> a.team).orElse(Caller.DEFAULT_TEAM);
                }).orElse(null));
        if (team != null) {
            audit.record("revoke-token", id, null, team);
        }
        return team != null;
    }

    /** The account a token belongs to, if the token is known, not revoked and not expired. */
    public Optional<Account> byToken(String token) {
        String sha = ApiTokens.sha256(token);
        return QuarkusTransaction.requiringNew().call(() -> repository.tokenBySha256(sha)
                .filter(t -> t.revokedAt == null && (t.expiresAt == null || t.expiresAt.isAfter(Instant.now())))
                .flatMap(t -> repository.find(t.accountName)).map(Accounts::account));
    }

    private static Account account(AccountEntity a) {
        return new Account(a.name, Role.parse(a.role).orElse(Role.READER), a.team, a.createdAt);
    }

    private static void checkName(String what, String name) throws AccountProblem {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AccountProblem("a " + what + " is 1 to 100 letters, digits and . _ @ -"
                    + ", starting with a letter or digit; '" + (name == null ? "" : name) + "' is not", false);
        }
    }
}
