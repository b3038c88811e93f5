/**
 * The referral module's contract: the intake point's cases (aanmeldingen) about young people.
 * Local EJB interfaces, records and enums only; what leaves the module is the least a screen needs.
 */
package be.draaischijf.referral.api;
