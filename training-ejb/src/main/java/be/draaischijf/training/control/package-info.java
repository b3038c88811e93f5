/**
 * The training module's logic without transactions: self-service tokens, the e-mails (Dutch first, English
 * below) and the iCalendar files; how registrations ended, counted for /metrics ({@link
 * be.draaischijf.training.control.RegistrationOutcomes}).
 */
package be.draaischijf.training.control;
