package be.draaischijf.training.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The network's newsletter list, double opt-in: a sign-up is mailed a confirmation link
 * ({@code /nieuwsbrief/bevestigen?token=}); only confirmed addresses are exported. Every mail carries an
 * unsubscribe link ({@code /nieuwsbrief/uitschrijven?token=}).
 */
@Local
public interface Newsletter {

    /**
     * Signs up an address: always answers the same, whether the address is new, waiting for confirmation or
     * already confirmed (no one can find out who is on the list); the mail says what applies.
     */
    void subscribe(@NotBlank(message = "{draaischijf.email.required}") @Email(message = "{draaischijf.email.format}")
                   @Size(max = 200, message = "{draaischijf.size.max}") String email,
                   @AssertTrue(message = "{training.consent.required}") boolean consent);

    /**
     * Confirms through the link (a second time is fine). A link works for 7 days and not after the address
     * left the list (signing up again sends a new one).
     *
     * @throws be.draaischijf.platform.refusal.NotFound the link is not valid, too old, or the address unsubscribed since
     */
    void confirm(@NotBlank(message = "{draaischijf.required}") @Size(max = 100, message = "{draaischijf.link}") String token);

    /**
     * Unsubscribes through the link (a second time is fine).
     *
     * @throws be.draaischijf.platform.refusal.NotFound the link is not valid
     */
    void unsubscribe(@NotBlank(message = "{draaischijf.required}") @Size(max = 100, message = "{draaischijf.link}") String token);

    /** Confirmed subscribers for the mailing tool (coordinators and administrators), oldest first. */
    List<SubscriberRow> confirmedSubscribers();

    long countConfirmed();
}
