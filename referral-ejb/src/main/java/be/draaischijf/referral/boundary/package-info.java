/**
 * The referral module's EJBs: they implement {@code be.draaischijf.referral.api}, own the
 * transactions and hand out records with the least data a screen needs.
 */
package be.draaischijf.referral.boundary;
