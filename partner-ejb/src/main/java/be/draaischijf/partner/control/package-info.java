/** Rules of the partner module as plain classes (no transactions here): login throttling, offer matching. */
package be.draaischijf.partner.control;
