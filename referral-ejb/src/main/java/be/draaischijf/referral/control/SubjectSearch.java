package be.draaischijf.referral.control;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.referral.api.ConferenceAction;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceParticipant;
import be.draaischijf.referral.api.ConsentWithdrawal;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.OfferReferralView;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.referral.api.UnmetNeedView;
import be.draaischijf.referral.entity.CaseEvent;
import be.draaischijf.referral.entity.Conference;
import be.draaischijf.referral.entity.ContactPoint;
import be.draaischijf.referral.entity.OfferReferral;
import be.draaischijf.referral.entity.Referral;
import be.draaischijf.referral.entity.UnmetNeed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the referral module holds about one data subject (GDPR articles 15 and 20, ADR 0043), as
 * {@code be.draaischijf.platform.privacy.SubjectRecord}s of module {@code referral}, oldest first. Field labels are
 * {@code subject.field.<name>} in the web module's bundles; codes of the reference lists (district, problem areas,
 * sector, decline reason) are given as their Dutch label. Reads only: the boundary audits what was found.
 */
@Dependent
public class SubjectSearch {

    public static final String MODULE = "referral";

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** Which intake field a correction's timeline entry is about, by its message key, and its label here. */
    private static final Map<String, String> CORRECTED = Map.of("event.corrected.firstName", "youngFirstName",
            "event.corrected.lastName", "youngLastName", "event.corrected.birthDate", "youngBirthDate",
            "event.corrected.postcode", "postcode", "event.corrected.school", "school",
            "event.corrected.schoolYear", "schoolYear");

    /** What was found, and the cases it belongs to (each gets a line in its audit log). */
    public record Found(List<SubjectRecord> records, Set<UUID> caseIds) {
    }

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    ReferenceCodes codes;

    public SubjectSearch() {
    }

    /** Outside the container (module tests): over this database, these accounts and reference lists. */
    public SubjectSearch(EntityManager em, Accounts accounts, ReferenceCodes codes) {
        this.em = em;
        this.accounts = accounts;
        this.codes = codes;
    }

    /**
     * A young person's cases (same birth date, names equal without regard to case or the blanks around them). In full
     * ({@code full}: a coordinator) each case with its notes, referrals to partners, conferences and unmet needs;
     * otherwise (an administrator, who reads no case contents) only which cases exist: reference, status, dates.
     */
    public Found youngPerson(String firstName, String lastName, LocalDate birthDate, boolean full, LocalDate today) {
        List<Referral> cases = em.createQuery("select r from Referral r where r.youngBirthDate = :born"
                        + " and lower(r.youngLastName) = :last and lower(r.youngFirstName) = :first"
                        + " order by r.receivedAt, r.id", Referral.class)
                .setParameter("born", birthDate)
                .setParameter("last", lastName.strip().toLowerCase(Locale.ROOT))
                .setParameter("first", firstName.strip().toLowerCase(Locale.ROOT))
                .getResultList();
        Labels labels = new Labels();
        List<SubjectRecord> records = new ArrayList<>();
        Set<UUID> caseIds = new LinkedHashSet<>();
        for (Referral referral : cases) {
            caseIds.add(referral.getId());
            if (!full) {
                records.add(new SubjectRecord(MODULE, "case", referral.getId(), referral.getReference(),
                        referral.getReceivedAt(), List.of(SubjectField.code("status", referral.getStatus()),
                        SubjectField.moment("receivedAt", referral.getReceivedAt()),
                        SubjectField.moment("closedAt", referral.getClosedAt()),
                        SubjectField.moment("anonymisedAt", referral.getAnonymisedAt()),
                        SubjectField.moment("erasedAt", referral.getErasedAt()))));
                continue;
            }
            records.add(caseRecord(referral, labels));
            records.addAll(notes(referral));
            records.addAll(referrals(referral, labels, today));
            records.addAll(conferences(referral));
            records.addAll(unmetNeeds(referral, labels));
        }
        return new Found(oldestFirst(records), caseIds);
    }

    /**
     * A professional by e-mail address: the cases they asked about (who asked, never the young person), the
     * conferences they took part in (as an account with that address, or that address as its username) and the
     * conference actions in their name.
     */
    public Found professional(String email) {
        Set<String> usernames = usernames(email);
        Labels labels = new Labels();
        List<SubjectRecord> records = new ArrayList<>();
        Set<UUID> caseIds = new LinkedHashSet<>();
        em.createQuery("select r from Referral r where lower(r.referrerEmail) = :email"
                        + " or lower(r.referrerUsername) in :usernames order by r.receivedAt, r.id", Referral.class)
                .setParameter("email", email).setParameter("usernames", usernames)
                .getResultList()
                .forEach(referral -> {
                    caseIds.add(referral.getId());
                    Intake intake = referral.toIntake();
                    records.add(new SubjectRecord(MODULE, "caseAsReferrer", referral.getId(), referral.getReference(),
                            referral.getReceivedAt(), List.of(SubjectField.moment("receivedAt", referral.getReceivedAt()),
                            SubjectField.code("channel", intake.channel()),
                            SubjectField.text("referrerName", intake.referrerName()),
                            SubjectField.text("referrerFunction", intake.referrerFunction()),
                            SubjectField.text("referrerOrganisation", intake.referrerOrganisation()),
                            SubjectField.text("referrerSector", labels.of(ReferenceList.SECTOR, intake.referrerSector())),
                            SubjectField.text("referrerEmail", intake.referrerEmail()),
                            SubjectField.text("referrerPhone", intake.referrerPhone()))));
                });
        em.createQuery("select c.id, r.id, r.reference, c.heldAt, p.name, p.represents from Conference c"
                        + " join c.referral r join c.participants p where p.username in :usernames"
                        + " order by c.heldAt, c.id", Object[].class)
                .setParameter("usernames", usernames)
                .getResultList()
                .forEach(row -> {
                    caseIds.add((UUID) row[1]);
                    Instant heldAt = instant((LocalDateTime) row[3]);
                    records.add(new SubjectRecord(MODULE, "conferenceParticipant", (UUID) row[0], (String) row[2], heldAt,
                            List.of(SubjectField.moment("heldAt", heldAt),
                                    SubjectField.text("participantName", (String) row[4]),
                                    SubjectField.text("represents", (String) row[5]))));
                });
        em.createQuery("select c.id, r.id, r.reference, c.heldAt, a.owner, a.ownerEmail, a.dueOn, a.done from Conference c"
                        + " join c.referral r join c.actions a where lower(a.ownerEmail) = :email"
                        + " order by c.heldAt, c.id", Object[].class)
                .setParameter("email", email)
                .getResultList()
                .forEach(row -> {
                    caseIds.add((UUID) row[1]);
                    Instant heldAt = instant((LocalDateTime) row[3]);
                    records.add(new SubjectRecord(MODULE, "conferenceActionOwner", (UUID) row[0], (String) row[2], heldAt,
                            List.of(SubjectField.moment("heldAt", heldAt),
                                    SubjectField.text("actionOwner", (String) row[4]),
                                    SubjectField.text("actionOwnerEmail", (String) row[5]),
                                    SubjectField.date("actionDueOn", row[6]),
                                    SubjectField.yesNo("actionDone", Boolean.TRUE.equals(row[7])))));
                });
        return new Found(oldestFirst(records), caseIds);
    }

    /** The address itself (participants are stored by username, in lower case) and the accounts that have it. */
    private Set<String> usernames(String email) {
        Set<String> usernames = new TreeSet<>();
        usernames.add(email);
        if (email.length() >= 2 && email.length() <= 100) {
            for (AccountView account : accounts.search(email, 50)) {
                if (account.email() != null && account.email().strip().equalsIgnoreCase(email)) {
                    usernames.add(account.username().toLowerCase(Locale.ROOT));
                }
            }
        }
        return usernames;
    }

    /** The case: every intake field, the consent, status and outcome, who handles it, and its dates. */
    private SubjectRecord caseRecord(Referral referral, Labels labels) {
        Intake intake = referral.toIntake();
        ConsentWithdrawal withdrawal = referral.consentWithdrawal();
        ContactPoint point = em.find(ContactPoint.class, referral.getContactPointId());
        List<SubjectField> fields = new ArrayList<>();
        fields.add(SubjectField.code("status", referral.getStatus()));
        fields.add(SubjectField.code("outcome", referral.getOutcome()));
        fields.add(SubjectField.moment("receivedAt", referral.getReceivedAt()));
        fields.add(SubjectField.moment("closedAt", referral.getClosedAt()));
        fields.add(SubjectField.code("channel", intake.channel()));
        fields.add(SubjectField.text("contactPoint", point == null ? null : point.getName()));
        fields.add(SubjectField.text("coordinator", coordinator(referral.getCoordinator())));
        fields.add(SubjectField.date("followUpOn", referral.getFollowUpOn()));
        fields.add(SubjectField.text("youngFirstName", intake.youngFirstName()));
        fields.add(SubjectField.text("youngLastName", intake.youngLastName()));
        fields.add(SubjectField.date("youngBirthDate", intake.youngBirthDate()));
        fields.add(SubjectField.text("postcode", intake.postcode()));
        fields.add(SubjectField.text("district", labels.of(ReferenceList.DISTRICT, intake.district())));
        fields.add(SubjectField.text("school", intake.school()));
        fields.add(SubjectField.text("schoolYear", intake.schoolYear()));
        fields.add(SubjectField.code("schoolStatus", intake.schoolStatus()));
        fields.add(SubjectField.text("question", intake.question()));
        fields.add(SubjectField.text("problemAreas", String.join(", ", intake.problemAreas().stream()
                .map(code -> labels.of(ReferenceList.PROBLEM_AREA, code)).sorted().toList())));
        fields.add(SubjectField.text("alreadyTried", intake.alreadyTried()));
        fields.add(SubjectField.code("urgency", intake.urgency()));
        fields.add(SubjectField.text("referrerName", intake.referrerName()));
        fields.add(SubjectField.text("referrerFunction", intake.referrerFunction()));
        fields.add(SubjectField.text("referrerOrganisation", intake.referrerOrganisation()));
        fields.add(SubjectField.text("referrerSector", labels.of(ReferenceList.SECTOR, intake.referrerSector())));
        fields.add(SubjectField.text("referrerEmail", intake.referrerEmail()));
        fields.add(SubjectField.text("referrerPhone", intake.referrerPhone()));
        fields.add(SubjectField.yesNo("consentYoungPerson", intake.consentYoungPerson()));
        fields.add(SubjectField.yesNo("consentParent", intake.consentParent()));
        fields.add(SubjectField.date("consentDate", intake.consentDate()));
        fields.add(SubjectField.code("consentMethod", intake.consentMethod()));
        fields.add(SubjectField.date("consentWithdrawnOn", withdrawal == null ? null : withdrawal.on()));
        fields.add(SubjectField.code("consentWithdrawnBy", withdrawal == null ? null : withdrawal.by()));
        fields.add(SubjectField.code("consentWithdrawnMethod", withdrawal == null ? null : withdrawal.method()));
        fields.add(SubjectField.code("sharingGround", referral.getSharingGround()));
        fields.add(SubjectField.moment("anonymisedAt", referral.getAnonymisedAt()));
        fields.add(SubjectField.moment("erasedAt", referral.getErasedAt()));
        return new SubjectRecord(MODULE, "case", referral.getId(), referral.getReference(), referral.getReceivedAt(), fields);
    }

    /** The coordinator's name as the account says it, else the username. */
    private String coordinator(String username) {
        if (username == null) {
            return null;
        }
        return accounts.find(username).map(AccountView::displayName).filter(name -> name != null && !name.isBlank())
                .orElse(username);
    }

    /** What people wrote on the timeline (notes, calls, e-mails, remarks), and the old values of corrections. */
    private List<SubjectRecord> notes(Referral referral) {
        List<SubjectRecord> notes = new ArrayList<>();
        for (CaseEvent event : em.createQuery("select e from CaseEvent e where e.referralId = :id"
                        + " and (e.text <> '' or e.message like 'event.corrected.%') order by e.at, e.id", CaseEvent.class)
                .setParameter("id", referral.getId()).getResultList()) {
            TimelineEntry entry = event.toEntry();
            List<SubjectField> fields = new ArrayList<>();
            fields.add(SubjectField.code("eventKind", entry.kind()));
            fields.add(SubjectField.text("actor", TimelineEntry.SYSTEM.equals(entry.actor()) ? null : entry.actor()));
            if (entry.text() != null && !entry.text().isEmpty()) {
                fields.add(SubjectField.text("text", entry.text()));
            }
            EventMessage message = entry.message();
            String corrected = message == null ? null : CORRECTED.get(message.key());
            if (corrected != null && !message.values().isEmpty()) {
                EventValue previous = message.values().get(0);
                fields.add(previous.type() == EventValue.Type.DATE ? SubjectField.date(corrected, previous.value())
                        : SubjectField.text(corrected, previous.value()));
            }
            notes.add(new SubjectRecord(MODULE, "caseNote", event.getId(), referral.getReference(), entry.at(), fields));
        }
        return notes;
    }

    /** The partners the case was referred to (the recipients of the young person's data), with their answers. */
    private List<SubjectRecord> referrals(Referral referral, Labels labels, LocalDate today) {
        List<SubjectRecord> referrals = new ArrayList<>();
        for (OfferReferral sent : em.createQuery("select o from OfferReferral o where o.referral = :r"
                        + " order by o.proposedAt, o.id", OfferReferral.class)
                .setParameter("r", referral).getResultList()) {
            OfferReferralView view = sent.toView(today);
            referrals.add(new SubjectRecord(MODULE, "caseReferral", view.id(), referral.getReference(), view.proposedAt(),
                    List.of(SubjectField.text("offerName", view.offerName()),
                            SubjectField.text("organisationName", view.organisationName()),
                            SubjectField.code("offerReferralStatus", view.status()),
                            SubjectField.text("declineReason", labels.of(ReferenceList.DECLINE_REASON, view.declineReason())),
                            SubjectField.text("partnerNote", view.note()),
                            SubjectField.code("legalGround", sent.getLegalGround()),
                            SubjectField.moment("endedAt", sent.endedAt()))));
        }
        return referrals;
    }

    /** The case's conferences: when, where, why, on which ground, who, what was said and agreed. */
    private List<SubjectRecord> conferences(Referral referral) {
        List<SubjectRecord> conferences = new ArrayList<>();
        for (Conference conference : em.createQuery("select c from Conference c where c.referral = :r"
                        + " order by c.heldAt, c.id", Conference.class)
                .setParameter("r", referral).getResultList()) {
            ConferenceDraft held = conference.toView().conference();
            Instant heldAt = instant(held.heldAt());
            List<SubjectField> fields = new ArrayList<>();
            fields.add(SubjectField.moment("heldAt", heldAt));
            fields.add(SubjectField.text("place", held.place()));
            fields.add(SubjectField.text("purpose", held.purpose()));
            fields.add(SubjectField.code("legalGround", held.legalGround()));
            fields.add(SubjectField.text("agenda", held.agenda()));
            fields.add(SubjectField.text("minutes", held.minutes()));
            for (ConferenceParticipant participant : held.participants()) {
                fields.add(SubjectField.text("participant", participant.represents() == null ? participant.name()
                        : participant.name() + " (" + participant.represents() + ")"));
            }
            for (ConferenceAction action : held.actions()) {
                fields.add(SubjectField.text("action", action.description() + " — " + action.owner()));
                fields.add(SubjectField.date("actionDueOn", action.dueOn()));
                fields.add(SubjectField.yesNo("actionDone", action.done()));
            }
            conferences.add(new SubjectRecord(MODULE, "caseConference", conference.getId(), referral.getReference(), heldAt,
                    fields));
        }
        return conferences;
    }

    /** The case's unmet needs, with the note about them. */
    private List<SubjectRecord> unmetNeeds(Referral referral, Labels labels) {
        List<SubjectRecord> needs = new ArrayList<>();
        for (UnmetNeed need : em.createQuery("select u from UnmetNeed u where u.referralId = :id"
                        + " order by u.recordedAt, u.id", UnmetNeed.class)
                .setParameter("id", referral.getId()).getResultList()) {
            UnmetNeedView view = need.toView();
            needs.add(new SubjectRecord(MODULE, "caseUnmetNeed", need.getId(), referral.getReference(), view.recordedAt(),
                    List.of(SubjectField.text("problemArea", labels.of(ReferenceList.PROBLEM_AREA, view.problemArea())),
                            SubjectField.code("ageBand", view.ageBand()),
                            SubjectField.text("district", labels.of(ReferenceList.DISTRICT, view.district())),
                            SubjectField.code("unmetNeedReason", view.reason()),
                            SubjectField.text("waitingWeeks", view.waitingWeeks() == null ? null
                                    : view.waitingWeeks().toString()),
                            SubjectField.text("note", view.note()),
                            SubjectField.text("recordedBy", view.recordedBy()))));
        }
        return needs;
    }

    private static Instant instant(LocalDateTime brussels) {
        return brussels == null ? null : brussels.atZone(BRUSSELS).toInstant();
    }

    private static List<SubjectRecord> oldestFirst(List<SubjectRecord> records) {
        List<SubjectRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(SubjectRecord::createdAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(sorted);
    }

    /** The Dutch labels of the reference lists, each list asked once per search. */
    private final class Labels {

        private final Map<ReferenceList, Map<String, String>> lists = new EnumMap<>(ReferenceList.class);

        String of(ReferenceList list, String code) {
            if (code == null) {
                return null;
            }
            return lists.computeIfAbsent(list, codes::dutchLabels).getOrDefault(code, code);
        }
    }
}
