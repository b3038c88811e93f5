package be.draaischijf.training.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registrations for sessions: the public side (no account: register, see and cancel through the link in
 * the mails) and the organiser's side (lists, check-in, export, mail to everyone). Under any concurrency:
 * never more confirmed than the capacity, a FIFO waiting list, one active registration per e-mail address
 * per session. Organiser operations are for coordinators and administrators (the caller, from the container).
 */
@Local
public interface SessionRegistrations {

    /**
     * Registers for a published session inside its registration window: a seat when one is free, else the
     * waiting list. Confirmation or waiting-list mail (with the cancel link; the confirmation with an .ics)
     * after commit.
     *
     * @throws be.draaischijf.platform.refusal.NotFound no such published session
     * @throws be.draaischijf.platform.refusal.NotAllowedNow not published, cancelled, or outside the window (reason NOT_OPEN_YET, CLOSED, NOT_PUBLISHED, SESSION_CANCELLED)
     * @throws be.draaischijf.platform.refusal.NotAllowedNow (reason ALREADY_REGISTERED) this e-mail address already has a confirmed or waiting registration
     * @throws be.draaischijf.platform.refusal.Busy the session's lock could not be had in time (a rush); nothing was saved
     */
    RegistrationResult register(@NotNull(message = "{draaischijf.required}") UUID sessionId,
                                @NotNull(message = "{draaischijf.required}") @Valid RegistrationForm form);

    /**
     * As {@link #register(UUID, RegistrationForm)}, with the client's request key ({@code Idempotency-Key}, ADR 0049;
     * null: none, as {@link #register(UUID, RegistrationForm)}). The key is kept on the new registration, in the same
     * transaction, with a fingerprint of the session and the form; the self-service link is then derived from the key,
     * so that a retry can hand out the same link while the module keeps only hashes. The same key again with the same
     * form for the same session is a retry: it answers the registration the first one made, as it is now
     * ({@link RegistrationReceipt#replayed()}), creates nothing and mails nobody, also after the window closed; also
     * when two such requests come at the same moment, one registration is made.
     *
     * @throws be.draaischijf.platform.refusal.RequestKeyReused this key was used for this session with another form
     * @throws be.draaischijf.platform.refusal.Busy as {@link #register(UUID, RegistrationForm)}
     */
    RegistrationReceipt register(@NotNull(message = "{draaischijf.required}") UUID sessionId,
                                 @NotNull(message = "{draaischijf.required}") @Valid RegistrationForm form,
                                 @Pattern(regexp = be.draaischijf.platform.RequestKeys.PATTERN,
                                         message = "{draaischijf.request-key.format}") String requestKey);

    /** The registration behind a self-service link (page {@code /inschrijving/<token>}); empty when unknown. */
    Optional<RegistrationView> findByToken(@NotBlank(message = "{draaischijf.required}") @Size(max = 100, message = "{draaischijf.link}") String token);

    /**
     * Self-service cancel through the link: gives up the seat (the first waiting person is confirmed and
     * mailed) or leaves the waiting list; a second time says {@link CancelOutcome#ALREADY_CANCELLED}.
     *
     * @throws be.draaischijf.platform.refusal.NotFound the link is not valid
     * @throws be.draaischijf.platform.refusal.NotAllowedNow the session has started, is over or was cancelled (the check-in and the
     *         no-shows stay as they are)
     * @throws be.draaischijf.platform.refusal.Busy the session's lock could not be had in time (a rush); nothing changed
     */
    CancelOutcome cancel(@NotBlank(message = "{draaischijf.required}") @Size(max = 100, message = "{draaischijf.link}") String token);

    /**
     * The organiser's list: registrations of a session with this status (null = confirmed and waiting),
     * confirmed by name, waiting ones in queue order (their position set), cancelled ones latest first.
     */
    List<ParticipantRow> participants(@NotNull(message = "{draaischijf.required}") UUID sessionId,
                                      RegistrationStatus status,
                                      @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                                      @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long countParticipants(@NotNull(message = "{draaischijf.required}") UUID sessionId,
                           RegistrationStatus status);

    /**
     * As {@link #participants(String, UUID, RegistrationStatus, int, int)}, only those whose first or last name
     * contains {@code name} (any case; null or blank = everyone): the check-in's search box.
     */
    List<ParticipantRow> participants(@NotNull(message = "{draaischijf.required}") UUID sessionId,
                                      RegistrationStatus status,
                                      @Size(max = 100, message = "{draaischijf.size.max}") String name,
                                      @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                                      @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long countParticipants(@NotNull(message = "{draaischijf.required}") UUID sessionId,
                           RegistrationStatus status,
                           @Size(max = 100, message = "{draaischijf.size.max}") String name);

    /** How the check-in stands: confirmed, present, absent (counted in the database, whatever the list shows). */
    AttendanceCount attendance(@NotNull(message = "{draaischijf.required}") UUID sessionId);

    /** Every registration of a session (confirmed, waiting, cancelled) for the CSV/XLSX export, in list order. */
    List<ParticipantRow> exportRows(@NotNull(message = "{draaischijf.required}") UUID sessionId);

    /**
     * Check-in: present / absent (null clears it) for a confirmed registration; absent after the session
     * counts as a no-show.
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow the registration is not confirmed
     */
    ParticipantRow recordAttendance(@NotNull(message = "{draaischijf.required}") UUID registrationId,
                                    Attendance attendance);

    /**
     * The organiser cancels someone's registration (same effect as the self-service cancel, and the person is
     * told by mail).
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow the session has started, is over or was cancelled
     */
    CancelOutcome cancelRegistration(@NotNull(message = "{draaischijf.required}") UUID registrationId);

    /**
     * Mails the organiser's text to every confirmed participant (and the waiting ones when asked), each with
     * their own cancel link; returns how many mails went out.
     */
    int mailParticipants(@NotNull(message = "{draaischijf.required}") UUID sessionId,
                         @NotBlank(message = "{training.subject.required}") @Size(max = 200, message = "{draaischijf.size.max}") String subject,
                         @NotBlank(message = "{training.text.required}") @Size(max = 10000, message = "{draaischijf.size.max}") String text,
                         boolean includeWaiting);

    /**
     * Sends the reminder to confirmed participants of sessions starting within
     * {@code draaischijf.trainings.reminder-days} days (default 2), each at most once, also when several
     * servers run this at the same time; returns how many this call sent. The timer runs it every hour.
     */
    int sendReminders();
}
