/**
 * The platform at run time: the one datasource, the shared tables (the mail outbox) migrated first, and the
 * outbox's timer. Knows no business module.
 */
package be.draaischijf.platform.boundary;
