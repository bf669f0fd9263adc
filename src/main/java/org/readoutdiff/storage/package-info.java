/**
 * The statement library and its comparisons in a relational database: JPA entities,
 * repositories and the Flyway migrations (resources db/migration). The embedded H2 file
 * database is the default; PostgreSQL is chosen at start-up with READOUT_DIFF_DATABASE (see
 * {@link org.readoutdiff.storage.DatabaseChoice}). Only the service package uses this one.
 */
package org.readoutdiff.storage;
