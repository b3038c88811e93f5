package be.draaischijf.network.control;

import be.draaischijf.network.api.ThemeCount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The signals counted per theme by the database (one grouped query), for the overviews and the reports. */
@Dependent
public class SignalCounts {

    @PersistenceContext(unitName = "network")
    EntityManager em;

    public SignalCounts() {
    }

    /** Outside the container (module tests): over this database. */
    public SignalCounts(EntityManager em) {
        this.em = em;
    }

    /** Signals dated in [from, until), per theme (a signal with two themes counts in both), by code. */
    public List<ThemeCount> perTheme(LocalDate from, LocalDate until) {
        return em.createQuery("select t, count(s) from Signal s join s.themes t"
                        + " where s.signalDate >= :from and s.signalDate < :until group by t", Object[].class)
                .setParameter("from", from).setParameter("until", until)
                .getResultStream().map(row -> new ThemeCount((String) row[0], ((Number) row[1]).longValue()))
                .sorted(Comparator.comparing(ThemeCount::code)).toList();
    }

    /** Every signal, per theme, by code. */
    public List<ThemeCount> perTheme() {
        return em.createQuery("select t, count(s) from Signal s join s.themes t group by t", Object[].class)
                .getResultStream().map(row -> new ThemeCount((String) row[0], ((Number) row[1]).longValue()))
                .sorted(Comparator.comparing(ThemeCount::code)).toList();
    }
}
