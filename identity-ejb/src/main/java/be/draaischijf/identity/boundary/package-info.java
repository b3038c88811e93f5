/**
 * The identity module's EJBs: they implement the API, own the transactions and map accounts to API records.
 * The module's schema is migrated here at deployment, before any other business module's.
 */
package be.draaischijf.identity.boundary;
