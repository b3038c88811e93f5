package be.draaischijf.referral.control;

import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.entity.Referral;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Anonymises one case (ADR 0043), after its retention period or erased on request: everything that names or describes
 * the young person, or names who asked, goes; what the reports count and the case work's dates stay.
 * <ul>
 * <li>The case: the young person's first and last name, birth date (the age band at intake stays), postcode, school
 * and school year, the question and what was already tried; who asked (name, organisation, function, e-mail, phone,
 * account; the sector stays); the request key it was made with and its fingerprint (ADR 0049).</li>
 * <li>Its timeline: every written text (notes, calls, e-mails, remarks with a status or an answer, break-glass
 * reasons, sentences of entries from before messages), every name among an entry's values (places, people,
 * organisations), and a correction's old value (the whole message of a correction goes).</li>
 * <li>Its conferences: place, purpose, agenda, minutes; the participants' names, what they represent and their
 * accounts; the actions' descriptions, owners and owners' e-mail addresses.</li>
 * <li>Its referrals to offers: the partner's note. Its unmet needs: the note and who recorded it. Administrators'
 * break-glass grants for it: the reason.</li>
 * </ul>
 * Kept: reference, status, outcome, dates, problem areas, district, urgency, channel, contact point, school status,
 * sector, age band, consent's who-when-how (no names), the coordinator, offers and statuses, who did what on the
 * timeline. The audit log is never changed (ADR 0040): it holds no text.
 * <p>
 * Each case once: a conditional update claims it ({@code anonymised_at is null}), so two servers running retention at
 * the same time anonymise it once (the second waits for the first and then finds it done). Works in the caller's
 * transaction; it flushes what the persistence context holds first and clears it after (the updates go around it).
 */
@Dependent
public class CaseAnonymiser {

    /** The value type of names in an entry's stored values ({@code EventValue.Type.NAME}). */
    private static final String NAME = "NAME:";

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    public CaseAnonymiser() {
    }

    /** Outside the container (module tests): over this database. */
    public CaseAnonymiser(EntityManager em) {
        this.em = em;
    }

    /**
     * Anonymises the case now; false when there is no such case or it was anonymised already (also by another
     * transaction that got there first).
     */
    public boolean anonymise(UUID caseId, Instant now) {
        Referral referral = em.find(Referral.class, caseId);
        if (referral == null || referral.isAnonymised()) {
            return false;
        }
        AgeBand band = referral.ageBandAtIntake();
        em.flush();
        int claimed = em.createQuery("update Referral r set r.anonymisedAt = :now, r.intakeAgeBand = :band,"
                        + " r.youngFirstName = null, r.youngLastName = null, r.youngBirthDate = null, r.postcode = null,"
                        + " r.school = null, r.schoolYear = null, r.question = null, r.alreadyTried = null,"
                        + " r.referrerName = null, r.referrerOrganisation = null, r.referrerFunction = null,"
                        + " r.referrerEmail = null, r.referrerPhone = null, r.referrerUsername = null,"
                        // the client's request key and its fingerprint (ADR 0049): no link back to who sent it
                        + " r.requestKey = null, r.requestFingerprint = null,"
                        + " r.version = r.version + 1"
                        + " where r.id = :id and r.anonymisedAt is null")
                .setParameter("now", now).setParameter("band", band).setParameter("id", caseId)
                .executeUpdate();
        if (claimed != 1) {
            em.clear();
            return false;
        }
        blankNamesInTimeline(caseId);
        update("update case_event set text = '' where referral_id = ?1", caseId);
        update("update offer_referral set note = null, version = version + 1 where referral_id = ?1 and note is not null",
                caseId);
        update("update conference_participant set name = '', represents = null, username = null"
                + " where conference_id in (select c.id from case_conference c where c.referral_id = ?1)", caseId);
        update("update conference_action set description = '', owner = '', owner_email = null"
                + " where conference_id in (select c.id from case_conference c where c.referral_id = ?1)", caseId);
        update("update case_conference set place = '', purpose = '', agenda = null, minutes = null, version = version + 1"
                + " where referral_id = ?1", caseId);
        update("update case_access_grant set reason = '' where referral_id = ?1", caseId);
        em.createQuery("update UnmetNeed u set u.note = null, u.recordedBy = null, u.anonymisedAt = :now"
                        + " where u.referralId = :id and u.anonymisedAt is null")
                .setParameter("now", now).setParameter("id", caseId).executeUpdate();
        em.clear();
        return true;
    }

    /**
     * Every name among the case's timeline values becomes empty (the entry still says what happened: "referred to …",
     * "conference planned at …"); a correction's message goes whole, since its values are the old name or birth date.
     */
    private void blankNamesInTimeline(UUID caseId) {
        List<Object[]> entries = em.createQuery("select e.id, e.message, e.messageValues from CaseEvent e"
                        + " where e.referralId = :id and e.message is not null", Object[].class)
                .setParameter("id", caseId).getResultList();
        for (Object[] entry : entries) {
            UUID id = (UUID) entry[0];
            String key = (String) entry[1];
            String values = (String) entry[2];
            if (key.startsWith("event.corrected.")) {
                update("update case_event set message = null, message_values = null where id = ?1", id);
                continue;
            }
            String blanked = withoutNames(values);
            if (!Objects.equals(blanked, values)) {
                em.createNativeQuery("update case_event set message_values = ?1 where id = ?2")
                        .setParameter(1, blanked).setParameter(2, id).executeUpdate();
            }
        }
    }

    /**
     * Stored values ({@code TYPE:value} lines, line breaks inside a value escaped) with every NAME value empty.
     */
    static String withoutNames(String values) {
        if (values == null || values.isEmpty()) {
            return values;
        }
        String[] lines = values.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(NAME)) {
                lines[i] = NAME;
            }
        }
        return String.join("\n", lines);
    }

    /** One of the updates above, by the id of the case (or of one timeline entry). */
    private void update(String sql, UUID id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
