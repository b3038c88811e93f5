package be.draaischijf.training.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.metrics.ReportDurations;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.training.api.TrainingCounts;
import be.draaischijf.training.api.TrainingStatistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The training calendar's figures for the reports (ADR 0046): two grouped queries over the sessions that start in the
 * period and their registrations, counted by the database. Cancelled registrations count as registrations made; an
 * anonymised registration (ADR 0043) keeps its status and attendance, so the figures stay.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Interceptors(ParameterValidation.class)
public class TrainingStatisticsBean implements TrainingStatistics {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String SESSIONS = " s.startsAt >= :start and s.startsAt < :end"
            + " and s.status <> be.draaischijf.training.api.SessionStatus.DRAFT";

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    @Interceptors(ReportDurations.class)
    public TrainingCounts count(LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            throw new Invalid(FieldError.of("until", "training.statistics.until-after-from"));
        }
        Object[] sessions = em.createQuery("select count(s),"
                        + " sum(case when s.status = be.draaischijf.training.api.SessionStatus.CANCELLED then 1 else 0 end)"
                        + " from TrainingSession s where" + SESSIONS, Object[].class)
                .setParameter("start", from.atStartOfDay(BRUSSELS).toInstant())
                .setParameter("end", until.atStartOfDay(BRUSSELS).toInstant())
                .getSingleResult();
        Object[] registrations = em.createQuery("select count(g),"
                        + " sum(case when g.status = be.draaischijf.training.api.RegistrationStatus.CONFIRMED then 1 else 0 end),"
                        + " sum(case when g.status = be.draaischijf.training.api.RegistrationStatus.WAITLISTED then 1 else 0 end),"
                        + " sum(case when g.status = be.draaischijf.training.api.RegistrationStatus.CONFIRMED"
                        + " and g.queueNumber is not null then 1 else 0 end),"
                        + " sum(case when g.status = be.draaischijf.training.api.RegistrationStatus.CONFIRMED"
                        + " and g.attendance = be.draaischijf.training.api.Attendance.PRESENT then 1 else 0 end),"
                        + " sum(case when g.status = be.draaischijf.training.api.RegistrationStatus.CONFIRMED"
                        + " and g.attendance = be.draaischijf.training.api.Attendance.ABSENT then 1 else 0 end)"
                        + " from Registration g join TrainingSession s on s.id = g.sessionId where" + SESSIONS
                        + " and s.status <> be.draaischijf.training.api.SessionStatus.CANCELLED", Object[].class)
                .setParameter("start", from.atStartOfDay(BRUSSELS).toInstant())
                .setParameter("end", until.atStartOfDay(BRUSSELS).toInstant())
                .getSingleResult();
        long all = number(sessions[0]);
        long cancelled = number(sessions[1]);
        return new TrainingCounts(all - cancelled, cancelled, number(registrations[0]), number(registrations[1]),
                number(registrations[2]), number(registrations[3]), number(registrations[4]), number(registrations[5]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
