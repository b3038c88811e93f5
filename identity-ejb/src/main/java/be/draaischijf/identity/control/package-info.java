/** Rules of the identity module as plain classes (no transactions here): login throttling, the account mails. */
package be.draaischijf.identity.control;
