/** Flyway's Java migrations of the training module (found by Flyway in {@code db/migration/training}). */
package db.migration.training;
