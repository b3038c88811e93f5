/**
 * The partner module's EJBs: they implement the API interfaces, own the transactions and map
 * entities to API records. The schema of the module is migrated here at deployment.
 */
package be.draaischijf.partner.boundary;
