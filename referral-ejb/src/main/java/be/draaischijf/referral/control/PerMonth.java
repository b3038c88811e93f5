package be.draaischijf.referral.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases per month received, counted by the database in one pass: a sum per month of the period, each month from its
 * first day in Europe/Brussels (a month is Brussels' month, not the database's time zone's).
 */
public final class PerMonth {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final EntityManager em;

    public PerMonth(EntityManager em) {
        this.em = em;
    }

    /**
     * The months from {@code from} until {@code until} with their number of cases (months without cases left out).
     *
     * @param where the cases to count ({@code r} is the Referral), with its parameters
     */
    public Map<YearMonth, Long> count(String where, Map<String, Object> parameters, LocalDate from, LocalDate until) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); month.atDay(1).isBefore(until); month = month.plusMonths(1)) {
            months.add(month);
        }
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < months.size(); i++) {
            select.append(i == 0 ? "" : ", ").append("sum(case when r.receivedAt >= :m").append(i)
                    .append(" and r.receivedAt < :m").append(i + 1).append(" then 1 else 0 end)");
        }
        Query query = em.createQuery(select + " from Referral r where " + where);
        parameters.forEach(query::setParameter);
        for (int i = 0; i <= months.size(); i++) {
            LocalDate day = i == months.size() ? months.get(i - 1).plusMonths(1).atDay(1) : months.get(i).atDay(1);
            query.setParameter("m" + i, day.atStartOfDay(BRUSSELS).toInstant());
        }
        Object result = query.getSingleResult();
        Object[] sums = result instanceof Object[] columns ? columns : new Object[] {result};
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            long count = sums[i] == null ? 0 : ((Number) sums[i]).longValue();
            if (count > 0) {
                counts.put(months.get(i), count);
            }
        }
        return counts;
    }
}
