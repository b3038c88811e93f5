/**
 * The few ways a module says no (ADR 0023), each a message key with its values: not found, not permitted, changed
 * meanwhile, not allowed now, busy, invalid (with field errors). Application exceptions: the transaction is rolled
 * back. Depends on the Jakarta EE API only.
 */
package be.draaischijf.platform.refusal;
