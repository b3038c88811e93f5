/** Flyway's Java migrations of the identity module (found by Flyway in {@code db/migration/identity}). */
package db.migration.identity;
