/**
 * The partner module's contract: the network's directory of organisations and the accounts of the
 * people who act for them. Local EJB interfaces, records and enums only; no entity leaves the module.
 */
package be.draaischijf.partner.api;
