package be.draaischijf.referral.boundary;

import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.entity.Referral;
import be.draaischijf.platform.ParameterValidation;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@Stateless
@Interceptors(ParameterValidation.class)
public class ReferralCasesBean implements ReferralCases {

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @Override
    public Map<ReferralStatus, Long> countByStatus() {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select r.status, count(r) from Referral r group by r.status", Object[].class)
                .getResultStream()
                .forEach(row -> counts.put((ReferralStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<ReferralSummary> list(int offset, int size) {
        return em.createQuery("select r from Referral r order by r.receivedAt desc", Referral.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(Referral::toSummary).toList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from Referral r", Long.class).getSingleResult();
    }

    @Override
    public List<ReferralSummary> submittedBy(String username) {
        return em.createQuery("select r from Referral r where r.referrerUsername = :u order by r.receivedAt desc",
                        Referral.class)
                .setParameter("u", username)
                .setMaxResults(500)
                .getResultStream().map(Referral::toSummary).toList();
    }
}
