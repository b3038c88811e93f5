package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.IdentityPrivacy;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.control.SecurityLog;
import be.draaischijf.identity.entity.Account;
import be.draaischijf.identity.entity.AccountToken;
import be.draaischijf.identity.entity.ApiToken;
import be.draaischijf.identity.entity.SecurityEventEntry;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The identity module's retention rules and what it holds about a data subject (see {@link IdentityPrivacy}). The
 * rules are conditional bulk deletes: when every server runs them at the same moment, the second waits for the first
 * one's row locks and then finds nothing left, so each record is removed (and counted) once.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@Interceptors(ParameterValidation.class)
public class IdentityPrivacyBean implements IdentityPrivacy {

    private static final Logger LOG = Logger.getLogger(IdentityPrivacyBean.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** The application's one datasource, where the platform keeps the periods an administrator set. */
    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @Inject
    SecurityLog log;

    @Inject
    Metrics metrics;

    Clock clock = Clock.systemUTC();

    /** Every night on every server, without a caller (the deletes are conditional: each record goes once). */
    @Schedule(hour = "3", minute = "0", persistent = false, timezone = "Europe/Brussels")
    @PermitAll
    void everyNight() {
        metrics.timerRun(Metrics.Job.IDENTITY_RETENTION);
        try {
            List<RetentionResult> results = retain(clock.instant());
            LOG.info(() -> "Identity retention: " + results);
        } catch (RuntimeException e) {
            // a timeout that throws is retried at once by the container; the next night (or an administrator) tries again
            LOG.log(java.util.logging.Level.WARNING, "Identity retention failed; the next night tries again", e);
        }
    }

    @Override
    public List<RetentionResult> applyRetention(Instant now) {
        return retain(now == null ? clock.instant() : now);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<SubjectRecord> find(SubjectQuery query) {
        if (query == null || query.youngPerson()) {
            return List.of(); // a young person has no account
        }
        String address = query.normalisedEmail();
        List<Account> accounts = em.createQuery("select a from Account a where lower(a.email) = :address"
                        + " or lower(a.username) = :address order by a.createdAt, a.username", Account.class)
                .setParameter("address", address).getResultList();
        // the log keeps usernames in lower case; a sign-up and a failed login may name the address itself
        Set<String> names = new LinkedHashSet<>();
        names.add(address);
        accounts.forEach(account -> names.add(account.getUsername().toLowerCase(Locale.ROOT)));
        List<SecurityEventEntry> events = em.createQuery("select e from SecurityEventEntry e where e.username in :names"
                        + " order by e.occurredAt, e.id", SecurityEventEntry.class)
                .setParameter("names", names).getResultList();

        List<SubjectRecord> found = new ArrayList<>();
        for (Account account : accounts) {
            found.add(account.toSubjectRecord(lastLogin(account.getUsername())));
            em.createQuery("select t from ApiToken t where t.accountId = :account order by t.createdAt", ApiToken.class)
                    .setParameter("account", account.getId()).getResultStream()
                    .forEach(token -> found.add(token.toSubjectRecord()));
        }
        events.forEach(event -> found.add(event.toSubjectRecord()));
        found.sort(Comparator.comparing(SubjectRecord::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        // who asked and how many records, never the address asked
        log.record(SecurityEvent.Kind.DATA_SUBJECT_SEARCH, null, Integer.toString(found.size()));
        return found;
    }

    private List<RetentionResult> retain(Instant now) {
        RetentionPeriods periods = new RetentionPeriods(dataSource);
        int tokens = removeTokens(cutoff(now, periods.of(RetentionKind.TOKENS)));
        int events = em.createQuery("delete from SecurityEventEntry e where e.occurredAt < :cutoff")
                .setParameter("cutoff", cutoff(now, periods.of(RetentionKind.SECURITY_EVENTS))).executeUpdate();
        return List.of(new RetentionResult(RetentionKind.TOKENS, tokens),
                new RetentionResult(RetentionKind.SECURITY_EVENTS, events));
    }

    /**
     * Mailed links that stopped working before {@code cutoff} (used or expired, whichever came first), except the
     * address confirmation of an account that still waits for it; used recovery codes; revoked API tokens.
     */
    private int removeTokens(Instant cutoff) {
        int links = em.createQuery("delete from AccountToken t where ((t.usedAt is not null and t.usedAt < :cutoff)"
                        + " or t.expiresAt < :cutoff) and not (t.purpose = :confirmation and t.account.id in"
                        + " (select a.id from Account a where a.active = false and a.verifiedAt is null"
                        + " and a.deactivatedAt is null))")
                .setParameter("cutoff", cutoff).setParameter("confirmation", AccountToken.Purpose.VERIFY_EMAIL)
                .executeUpdate();
        int codes = em.createQuery("delete from RecoveryCode r where r.usedAt is not null and r.usedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        int apiTokens = em.createQuery("delete from ApiToken t where t.revokedAt is not null and t.revokedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        return links + codes + apiTokens;
    }

    private Instant lastLogin(String username) {
        return em.createQuery("select max(e.occurredAt) from SecurityEventEntry e where e.username = :username"
                        + " and e.kind = :login", Instant.class)
                .setParameter("username", username.toLowerCase(Locale.ROOT))
                .setParameter("login", SecurityEvent.Kind.LOGIN_SUCCEEDED).getSingleResult();
    }

    /** The moment a period before {@code now}: what is older goes (years and months counted on the calendar, UTC). */
    static Instant cutoff(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
