package be.draaischijf.partner.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.AgreementReminders;
import be.draaischijf.partner.api.AgreementStatus;
import be.draaischijf.partner.entity.AgreementPartyEntry;
import be.draaischijf.partner.entity.CooperationAgreement;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.platform.metrics.Metrics;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every morning (07:20, every server; non-persistent): active agreements past their end date are recorded as ended,
 * and the parties' contact persons of each agreement ending within {@code draaischijf.agreements.reminder-days} days
 * are reminded by one mail, once per agreement and end date. Each agreement is claimed first by a conditional update
 * of its {@code reminded_on} (the version goes up too, so an edit read before the claim cannot undo it): with several
 * servers, one of them wins it and queues the mail in the platform's outbox, in the same transaction.
 */
@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class AgreementRemindersBean implements AgreementReminders {

    private static final Logger LOG = Logger.getLogger(AgreementRemindersBean.class.getName());
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "draaischijf.agreements.reminder-days", defaultValue = "60")
    int reminderDays;

    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    Outbox outbox;

    @Inject
    Metrics metrics;

    Clock clock = Clock.systemDefaultZone();

    @Schedule(hour = "7", minute = "20", persistent = false)
    void everyMorning() {
        metrics.timerRun(Metrics.Job.AGREEMENT_REMINDERS);
        int sent = remindDue();
        LOG.info(() -> sent + " agreement reminder(s) queued");
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public int sendDue() {
        return remindDue();
    }

    private int remindDue() {
        LocalDate today = LocalDate.now(clock);
        int ended = em.createQuery("update CooperationAgreement a set a.status = :ended, a.version = a.version + 1"
                        + " where a.status = :active and a.endsOn < :today")
                .setParameter("ended", AgreementStatus.ENDED)
                .setParameter("active", AgreementStatus.ACTIVE)
                .setParameter("today", today)
                .executeUpdate();
        if (ended > 0) {
            LOG.info(() -> ended + " agreement(s) past their end date recorded as ended");
        }
        List<CooperationAgreement> due = em.createQuery("select a from CooperationAgreement a where a.status = :active"
                        + " and a.remindedOn is null and a.endsOn >= :today and a.endsOn <= :horizon order by a.endsOn, a.id",
                        CooperationAgreement.class)
                .setParameter("active", AgreementStatus.ACTIVE)
                .setParameter("today", today)
                .setParameter("horizon", today.plusDays(Math.max(0, reminderDays)))
                .getResultList();
        int queued = 0;
        for (CooperationAgreement agreement : due) {
            // the claim: one server (one transaction) sets reminded_on for this end date; the others find it set
            int won = em.createQuery("update CooperationAgreement a set a.remindedOn = :today, a.version = a.version + 1"
                            + " where a.id = :id and a.remindedOn is null and a.status = :active and a.endsOn = :endsOn")
                    .setParameter("today", today)
                    .setParameter("id", agreement.getId())
                    .setParameter("active", AgreementStatus.ACTIVE)
                    .setParameter("endsOn", agreement.getEndsOn())
                    .executeUpdate();
            if (won != 1) {
                continue;
            }
            List<String> to = agreement.getParties().stream().map(AgreementPartyEntry::getContactEmail)
                    .filter(Objects::nonNull).distinct().sorted().toList();
            if (to.isEmpty()) {
                LOG.warning(() -> "No contact address to remind of agreement " + agreement.getId());
                continue;
            }
            outbox.queue("partner", new Mailer.Mail(to, "Draaischijf: samenwerkingsverband loopt af op "
                    + DUTCH.format(agreement.getEndsOn()) + " / Cooperation agreement ends on "
                    + ENGLISH.format(agreement.getEndsOn()), text(agreement, names(agreement))));
            queued++;
        }
        return queued;
    }

    /** The parties' names: the organisations' names, "het netwerk" / "the network" for the network itself. */
    private Map<UUID, String> names(CooperationAgreement agreement) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> ids = agreement.getParties().stream().map(AgreementPartyEntry::getOrganisationId).filter(Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    private String text(CooperationAgreement agreement, Map<UUID, String> names) {
        StringBuilder dutch = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (AgreementPartyEntry party : agreement.getParties()) {
            String name = party.getOrganisationId() == null ? null : names.get(party.getOrganisationId());
            dutch.append("- ").append(name == null ? "het netwerk (Centraal Meldpunt)" : name)
                    .append(", contactpersoon ").append(party.getContactName()).append('\n');
            english.append("- ").append(name == null ? "the network (Centraal Meldpunt)" : name)
                    .append(", contact person ").append(party.getContactName()).append('\n');
        }
        String link = baseUrl.replaceAll("/+$", "") + "/meldpunt/samenwerkingsverbanden?id=" + agreement.getId();
        return "Beste contactpersoon,\n\n"
                + "Het samenwerkingsverband \"" + agreement.getPurpose() + "\" loopt af op "
                + DUTCH.format(agreement.getEndsOn()) + ". Het liep sinds " + DUTCH.format(agreement.getStartsOn())
                + " tussen:\n" + dutch
                + "\nBespreek met de andere partijen of jullie het verlengen, en laat het Centraal Meldpunt weten wat jullie"
                + " beslissen. De coördinatoren vinden het hier:\n" + link + "\n\n"
                + "Het Centraal Meldpunt\n\n"
                + "---\n\n"
                + "Dear contact person,\n\n"
                + "The cooperation agreement \"" + agreement.getPurpose() + "\" ends on "
                + ENGLISH.format(agreement.getEndsOn()) + ". It has run since " + ENGLISH.format(agreement.getStartsOn())
                + " between:\n" + english
                + "\nPlease discuss with the other parties whether to renew it, and let the Centraal Meldpunt know what you"
                + " decide. The coordinators find it here:\n" + link + "\n";
    }
}
