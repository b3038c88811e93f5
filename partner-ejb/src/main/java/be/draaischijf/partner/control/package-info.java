/** Rules of the partner module as plain classes (no transactions here): login throttling. */
package be.draaischijf.partner.control;
