package be.draaischijf.partner.boundary;

import be.draaischijf.partner.api.OfferReminders;
import be.draaischijf.partner.entity.Offer;
import be.draaischijf.partner.entity.Organisation;
import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.platform.metrics.Metrics;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import be.draaischijf.platform.ParameterValidation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class OfferRemindersBean implements OfferReminders {

    private static final Logger LOG = Logger.getLogger(OfferRemindersBean.class.getName());
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "draaischijf.offers.stale-after-months", defaultValue = "6")
    int staleAfterMonths;

    @Inject
    @ConfigProperty(name = "draaischijf.offers.remind-every-days", defaultValue = "30")
    int remindEveryDays;

    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    Outbox outbox;

    @EJB
    Accounts accounts;

    @Inject
    Metrics metrics;

    Clock clock = Clock.systemDefaultZone();

    /** Every morning; non-persistent, so every server runs it, and the claims keep it to one mail. */
    @Schedule(hour = "7", minute = "15", persistent = false)
    void everyMorning() {
        metrics.timerRun(Metrics.Job.OFFER_REMINDERS);
        int sent = remindDue();
        LOG.info(() -> sent + " offer reminder(s) sent");
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public int sendDue() {
        return remindDue();
    }

    /**
     * Claims each due offer (only one server, one transaction, changes its reminded_on for this interval) and
     * puts one mail per organisation in the outbox with the claims: both happen, or neither.
     */
    private int remindDue() {
        LocalDate today = LocalDate.now(clock);
        LocalDate remindedBefore = today.minusDays(remindEveryDays).plusDays(1);
        List<Offer> due = em.createQuery("select o from Offer o join fetch o.organisation org"
                        + " where o.active = true and org.active = true"
                        + " and (o.assuredOn is null or o.assuredOn < :staleBefore)"
                        + " and (o.remindedOn is null or o.remindedOn < :remindedBefore)"
                        + " order by lower(org.name), lower(o.name)", Offer.class)
                .setParameter("staleBefore", today.minusMonths(staleAfterMonths))
                .setParameter("remindedBefore", remindedBefore)
                .getResultList();
        Map<Organisation, List<Offer>> claimed = new LinkedHashMap<>();
        for (Offer offer : due) {
            // the claim: only one server (one transaction) gets to change reminded_on for this interval
            int won = em.createQuery("update Offer o set o.remindedOn = :today where o.id = :id"
                            + " and (o.remindedOn is null or o.remindedOn < :remindedBefore)")
                    .setParameter("today", today).setParameter("id", offer.getId())
                    .setParameter("remindedBefore", remindedBefore)
                    .executeUpdate();
            if (won == 1) {
                claimed.computeIfAbsent(offer.getOrganisation(), org -> new ArrayList<>()).add(offer);
            }
        }
        int sent = 0;
        for (Map.Entry<Organisation, List<Offer>> entry : claimed.entrySet()) {
            List<String> to = recipients(entry.getKey());
            if (to.isEmpty()) {
                LOG.warning(() -> "No address to remind " + entry.getKey().getName() + " of its offers");
                continue;
            }
            outbox.queue("partner", new Mailer.Mail(to, "Draaischijf: is jullie aanbod nog actueel? / Is your offer still current?",
                        text(entry.getKey(), entry.getValue())));
            sent++;
        }
        return sent;
    }

    /** The organisation's partner staff with an address; else the organisation's own address. */
    private List<String> recipients(Organisation organisation) {
        List<String> staff = accounts.withRole(Role.PARTNER, organisation.getId()).stream()
                .map(AccountView::email).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        if (!staff.isEmpty()) {
            return staff;
        }
        return organisation.getEmail() == null ? List.of() : List.of(organisation.getEmail());
    }

    private String text(Organisation organisation, List<Offer> offers) {
        StringBuilder dutch = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (Offer offer : offers) {
            dutch.append("- ").append(offer.getName()).append(" (laatst bevestigd: ")
                    .append(offer.getAssuredOn() == null ? "nooit" : DUTCH.format(offer.getAssuredOn())).append(")\n");
            english.append("- ").append(offer.getName()).append(" (last confirmed: ")
                    .append(offer.getAssuredOn() == null ? "never" : ENGLISH.format(offer.getAssuredOn())).append(")\n");
        }
        String link = baseUrl.replaceAll("/+$", "") + "/partner";
        return "Beste collega,\n\n"
                + "Dit aanbod van " + organisation.getName() + " is al meer dan " + staleAfterMonths
                + " maanden niet bevestigd als actueel:\n" + dutch
                + "\nKijk het na en pas aan wat veranderde, of klik op \"Nog actueel\" als alles klopt:\n" + link + "\n\n"
                + "Zolang niemand het bevestigt, toont de gids het als \"Niet recent bevestigd\", en verwijzen "
                + "coördinatoren minder makkelijk door.\n\n"
                + "Het Centraal Meldpunt\n\n"
                + "---\n\n"
                + "Dear colleague,\n\n"
                + "Nobody confirmed these offers of " + organisation.getName() + " as current for more than "
                + staleAfterMonths + " months:\n" + english
                + "\nPlease check them and update what changed, or click \"Still current\" if all is right:\n" + link + "\n";
    }

}
