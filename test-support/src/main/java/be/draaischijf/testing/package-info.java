/**
 * Real databases for the modules' integration tests: an embedded PostgreSQL (Zonky) and H2 in
 * PostgreSQL mode as the application runs them, migrated by the modules' own Flyway scripts.
 */
package be.draaischijf.testing;
