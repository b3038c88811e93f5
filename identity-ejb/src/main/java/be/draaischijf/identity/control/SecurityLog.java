package be.draaischijf.identity.control;

import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.entity.SecurityEventEntry;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.platform.security.RequestOrigin;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;

/**
 * Writes the security event log, in the transaction of what it records: with the time, the client's address of the
 * request (none for a timer) and who did it (the logged-in caller, for a change to someone else's account).
 */
@Dependent
public class SecurityLog {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RequestOrigin origin;

    Clock clock = Clock.systemUTC();

    public SecurityLog() {
    }

    /** Outside the container (module tests): over this database, as this caller, from this address (may be null). */
    public SecurityLog(EntityManager em, Caller caller, RequestOrigin origin, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.origin = origin;
        this.clock = clock;
    }

    /** Something that happened to this account (by username: also an unknown one), with a detail code or none. */
    public void record(SecurityEvent.Kind kind, String username, String detail) {
        String normalised = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        em.persist(new SecurityEventEntry(clock.instant(), kind, normalised, RequestOrigin.of(origin).orElse(null),
                caller == null ? null : caller.name().orElse(null), detail));
    }
}
