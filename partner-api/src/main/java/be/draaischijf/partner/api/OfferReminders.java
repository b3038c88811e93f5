package be.draaischijf.partner.api;

import jakarta.ejb.Local;

/**
 * Reminds partner staff by e-mail of their offers that nobody confirmed as current for the configured
 * time. Runs every morning by itself; administrators can also run it at once.
 */
@Local
public interface OfferReminders {

    /**
     * Sends one mail per organisation listing its offers that are due a reminder (stale, and not
     * reminded within the configured interval), to its partner staff, or else to the organisation's
     * own address. Each offer is claimed in the database first, so with several servers every
     * reminder still goes out once; an organisation whose mail cannot be sent gets its claims back
     * (the next run tries again) without holding up the others.
     *
     * @return how many mails were sent
     */
    int sendDue();
}
