/** Flyway's Java migrations of the referral module (found by Flyway in {@code db/migration/referral}). */
package db.migration.referral;
