/**
 * The training module's contract: trainings and info sessions (vormingen en infosessies) and
 * registrations. Local EJB interfaces, records and enums only.
 */
package be.draaischijf.training.api;
