/** Flyway's Java migrations of the partner module (found by Flyway in {@code db/migration/partner}). */
package db.migration.partner;
