/**
 * The training module's logic without transactions: self-service tokens, the e-mails (Dutch first, English
 * below) and the iCalendar files.
 */
package be.draaischijf.training.control;
