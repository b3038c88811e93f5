package be.draaischijf.partner.api;

import jakarta.ejb.Local;

/**
 * Before a cooperation agreement ends, its parties' contact persons are reminded by e-mail, so that it is renewed or
 * ended on purpose: {@code draaischijf.agreements.reminder-days} (60) days before the end date, once per agreement
 * (a new end date, a new reminder). Runs every morning on every server; each agreement is claimed in the database
 * first, so the reminder still goes out once. The same run records active agreements past their end as ended.
 */
@Local
public interface AgreementReminders {

    /**
     * Puts the due reminders in the outbox and ends the active agreements past their end date (administrators may run
     * it at once; the timer runs it every morning).
     *
     * @return how many reminders were queued
     */
    int sendDue();
}
