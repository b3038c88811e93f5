/**
 * The partner module's contract: the network's directory of organisations, their offers, matching and the
 * reference lists. Local EJB interfaces, records and enums only; no entity leaves the module. Accounts are the
 * identity module's.
 */
package be.draaischijf.partner.api;
