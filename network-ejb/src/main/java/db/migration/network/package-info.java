/** Flyway's Java migrations of the network module (found by Flyway in {@code db/migration/network}). */
package db.migration.network;
