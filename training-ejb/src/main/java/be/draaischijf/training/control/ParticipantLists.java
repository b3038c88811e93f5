package be.draaischijf.training.control;

import be.draaischijf.training.api.Attendance;
import be.draaischijf.training.api.AttendanceCount;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.entity.Registration;
import be.draaischijf.training.entity.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A session's lists for its organiser: participants by status and name, one page at a time, the export, attendance. */
@Dependent
public class ParticipantLists {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    TrainingRecords records;

    public ParticipantLists() {
    }

    /** Outside the container (module tests): over this database, with these shared records. */
    public ParticipantLists(EntityManager em, TrainingRecords records) {
        this.em = em;
        this.records = records;
    }

    /** One page of the list (all but the cancelled without a status), with the waiting ones' places. */
    public List<ParticipantRow> page(TrainingSession session, RegistrationStatus status, String name, int offset, int size,
                                     Instant now) {
        List<Registration> page = listQuery(session.getId(), status, name).setFirstResult(offset).setMaxResults(size)
                .getResultList();
        return rows(session, page, name == null || name.isBlank(), now);
    }

    public long count(UUID sessionId, RegistrationStatus status, String name) {
        var query = em.createQuery("select count(r) from Registration r where r.sessionId = :session and "
                        + (status == null ? "r.status <> :status" : "r.status = :status") + nameFilter(name), Long.class)
                .setParameter("session", sessionId).setParameter("status", status == null ? RegistrationStatus.CANCELLED : status);
        if (name != null && !name.isBlank()) {
            query.setParameter("name", namePattern(name));
        }
        return query.getSingleResult();
    }

    /** Every registration for the export: the list in its order, then the cancelled ones. */
    public List<ParticipantRow> all(TrainingSession session, Instant now) {
        List<Registration> all = new ArrayList<>(listQuery(session.getId(), null, null).getResultList());
        all.addAll(listQuery(session.getId(), RegistrationStatus.CANCELLED, null).getResultList());
        return rows(session, all, true, now);
    }

    /** Confirmed participants, and how many of them were marked present and absent. */
    public AttendanceCount attendance(UUID sessionId) {
        Object[] counts = em.createQuery("select count(r), sum(case when r.attendance = :present then 1 else 0 end),"
                        + " sum(case when r.attendance = :absent then 1 else 0 end) from Registration r"
                        + " where r.sessionId = :session and r.status = :confirmed", Object[].class)
                .setParameter("present", Attendance.PRESENT).setParameter("absent", Attendance.ABSENT)
                .setParameter("session", sessionId).setParameter("confirmed", RegistrationStatus.CONFIRMED).getSingleResult();
        return new AttendanceCount(number(counts[0]), number(counts[1]), number(counts[2]));
    }

    /**
     * The rows of a page; {@code inQueueOrder}: the page is a stretch of the list in its order (no name filter),
     * so its waiting ones follow each other in the queue.
     */
    private List<ParticipantRow> rows(TrainingSession session, List<Registration> registrations, boolean inQueueOrder,
                                      Instant now) {
        Map<UUID, Integer> positions = records.positions(registrations, inQueueOrder);
        boolean over = !now.isBefore(session.getEndsAt());
        return registrations.stream().map(r -> r.toRow(positions.get(r.getId()), over)).toList();
    }

    /** Confirmed by name, then the waiting list in queue order; cancelled ones latest first. */
    private TypedQuery<Registration> listQuery(UUID sessionId, RegistrationStatus status, String name) {
        String order = status == RegistrationStatus.CANCELLED
                ? " order by r.cancelledAt desc, r.id"
                : " order by case when r.status = :confirmed then 0 else 1 end,"
                        + " case when r.status = :confirmed then 0 else r.queueNumber end,"
                        + " lower(r.lastName), lower(r.firstName), r.id";
        var query = em.createQuery("select r from Registration r where r.sessionId = :session and "
                        + (status == null ? "r.status <> :status" : "r.status = :status") + nameFilter(name) + order, Registration.class)
                .setParameter("session", sessionId)
                .setParameter("status", status == null ? RegistrationStatus.CANCELLED : status);
        if (status != RegistrationStatus.CANCELLED) {
            query.setParameter("confirmed", RegistrationStatus.CONFIRMED);
        }
        if (name != null && !name.isBlank()) {
            query.setParameter("name", namePattern(name));
        }
        return query;
    }

    private static String nameFilter(String name) {
        return name == null || name.isBlank() ? ""
                : " and (lower(r.firstName) like :name escape '!' or lower(r.lastName) like :name escape '!'"
                        + " or lower(concat(r.firstName, ' ', r.lastName)) like :name escape '!')";
    }

    private static String namePattern(String name) {
        return "%" + name.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
