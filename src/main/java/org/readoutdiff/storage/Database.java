package org.readoutdiff.storage;

import io.quarkus.hibernate.orm.PersistenceUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The entity manager of whichever persistence unit is active (see {@link DatabaseChoice}).
 * Looked up lazily: a command-line run, where both units are inactive, never touches it.
 */
@ApplicationScoped
public class Database {

    private final Instance<EntityManager> entityManagers;
    private final String database;

    public Database(@Any Instance<EntityManager> entityManagers,
                    @ConfigProperty(name = DatabaseChoice.PROPERTY, defaultValue = DatabaseChoice.H2) String database) {
        this.entityManagers = entityManagers;
        this.database = database.strip().toLowerCase(Locale.ROOT);
    }

    /** h2 or postgresql. */
    public String kind() {
        return database.equals(DatabaseChoice.POSTGRESQL) ? DatabaseChoice.POSTGRESQL : DatabaseChoice.H2;
    }

    EntityManager entityManager() {
        return kind().equals(DatabaseChoice.POSTGRESQL)
                ? entityManagers.select(new PersistenceUnit.PersistenceUnitLiteral(DatabaseChoice.POSTGRESQL)).get()
                : entityManagers.select(Default.Literal.INSTANCE).get();
    }
}
