package be.draaischijf.training.control;

import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.entity.Registration;
import be.draaischijf.training.entity.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails a session's participants get besides their own registration's: the organiser's mail to all of them, and
 * the reminder before the session (claimed per registration, so that two servers never send one twice). Works in the
 * calling bean's transaction; the mails go through the outbox with the change.
 */
@Dependent
public class ParticipantMailings {

    private static final Logger LOG = Logger.getLogger(ParticipantMailings.class.getName());

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    TrainingRecords records;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "draaischijf.trainings.reminder-days", defaultValue = "2")
    int reminderDays;

    public ParticipantMailings() {
    }

    /** Outside the container (module tests): over this database, with these records, this outbox and reminder period. */
    public ParticipantMailings(EntityManager em, TrainingRecords records, Outbox outbox, int reminderDays) {
        this.em = em;
        this.records = records;
        this.outbox = outbox;
        this.reminderDays = reminderDays;
    }

    /** The organiser's mail to the confirmed participants (and the waiting ones when asked); how many it went to. */
    public int fromOrganiser(SessionView view, String subject, String text, boolean includeWaiting, Instant now) {

        List<Registration> recipients = em.createQuery("select r from Registration r where r.sessionId = :session"
                        + " and r.status in :statuses order by r.registeredAt", Registration.class)
                .setParameter("session", view.id())
                .setParameter("statuses", includeWaiting ? List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)
                        : List.of(RegistrationStatus.CONFIRMED))
                .getResultList();
        TrainingMails mails = records.mails();
        List<Mailer.Mail> out = new ArrayList<>();
        for (Registration registration : recipients) {
            String token = records.newToken(registration.getId(), now);
            out.add(mails.fromOrganiser(registration.getEmail(), view, subject, text, token));
        }
        outbox.queue("training", out);
        return out.size();
    }


    /** One reminder to each confirmed participant whose session comes within the reminder period; how many. */
    public int reminders(Instant now) {

        Duration before = Duration.ofDays(Math.max(0, reminderDays));
        List<Object[]> due = em.createQuery("select r.id, r.confirmedAt, s.id, s.startsAt from Registration r, TrainingSession s"
                        + " where r.sessionId = s.id and s.status = :published and r.status = :confirmed"
                        + " and r.reminderSentAt is null and s.startsAt > :now and s.startsAt <= :horizon"
                        + " order by s.startsAt, r.registeredAt", Object[].class)
                .setParameter("published", SessionStatus.PUBLISHED).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("now", now).setParameter("horizon", now.plus(before))
                .getResultList();
        TrainingMails mails = records.mails();
        Map<UUID, SessionView> views = new HashMap<>();
        List<Mailer.Mail> out = new ArrayList<>();
        for (Object[] row : due) {
            UUID registrationId = (UUID) row[0];
            Instant confirmedAt = (Instant) row[1];
            Instant startsAt = (Instant) row[3];
            if (confirmedAt != null && confirmedAt.isAfter(startsAt.minus(before))) {
                continue; // confirmed within the reminder period: the confirmation mail was the reminder
            }
            // the claim: one reminder per registration, also when several servers run this at once (the second
            // waits for the first one's row lock, then finds reminder_sent_at set); the mail goes out through
            // the outbox in the same transaction, so a claim is never without its mail, nor a mail without its claim
            int won = em.createQuery("update Registration r set r.reminderSentAt = :now where r.id = :id"
                            + " and r.reminderSentAt is null and r.status = :confirmed and exists (select s.id from"
                            + " TrainingSession s where s.id = r.sessionId and s.status = :published)")
                    .setParameter("now", now).setParameter("id", registrationId)
                    .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                    .setParameter("published", SessionStatus.PUBLISHED).executeUpdate();
            if (won != 1) {
                continue;
            }
            Registration registration = em.find(Registration.class, registrationId);
            SessionView view = views.computeIfAbsent((UUID) row[2], id -> em.find(TrainingSession.class, id).toView(now));
            String token = records.newToken(registrationId, now);
            out.add(mails.reminder(registration.getEmail(), registration.getFirstName(), view, token, records.calendar().attachment(view, List.of(), now)));
        }
        outbox.queue("training", out);
        int reminded = out.size();
        LOG.fine(() -> reminded + " session reminder(s) queued");
        return reminded;
    }

}
