package be.draaischijf.training.boundary;

import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.training.entity.TrainingSession;
import be.draaischijf.platform.ParameterValidation;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@Stateless
@Interceptors(ParameterValidation.class)
public class TrainingSessionsBean implements TrainingSessions {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public List<SessionSummary> upcomingPublished(Instant from, int max) {
        return em.createQuery("select s from TrainingSession s where s.status = :published and s.startsAt >= :from "
                        + "order by s.startsAt", TrainingSession.class)
                .setParameter("published", SessionStatus.PUBLISHED)
                .setParameter("from", from)
                .setMaxResults(max)
                .getResultStream().map(TrainingSession::toSummary).toList();
    }

    @Override
    public List<SessionSummary> list(int offset, int size) {
        return em.createQuery("select s from TrainingSession s order by s.startsAt desc", TrainingSession.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(TrainingSession::toSummary).toList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from TrainingSession s", Long.class).getSingleResult();
    }
}
