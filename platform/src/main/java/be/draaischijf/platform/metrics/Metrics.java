package be.draaischijf.platform.metrics;

import be.draaischijf.platform.refusal.Busy;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's own figures on {@code /metrics} (ADR 0052), in the application registry of MicroProfile Metrics,
 * each with a description for the operators. Payara writes them in Prometheus text with {@code mp_scope="application"}:
 * a counter {@code draaischijf_x} as {@code draaischijf_x_total}, the report timer as
 * {@code draaischijf_report_duration_seconds} (a summary: quantiles, {@code _count}, {@code _sum}, {@code _max}), the
 * outbox's gauge as {@code draaischijf_outbox_oldest_unsent_seconds}. Every counter series with a known tag value is
 * there from the first count on, at 0, so a rate is never computed from a missing series.
 * <p>
 * Counting never fails the thing counted: without a registry (outside the server; a server whose metrics are off) it
 * does nothing, and a registry that throws is logged once. Beans that module tests build with {@code new} start with
 * {@link #none()} and are injected the real one in the server.
 */
@ApplicationScoped
public class Metrics {

    private static final Logger LOG = Logger.getLogger(Metrics.class.getName());

    static final Metadata REGISTRATIONS = counter("draaischijf_registrations",
            "Training and info session registrations by how they ended (outcome): confirmed (a seat), waitlisted, or refused:"
                    + " already_registered, not_open_yet, closed, not_published, session_cancelled, not_found, invalid,"
                    + " busy (the session's lock not had in time), rate_limited (too many from one address), refused (other)");
    static final Metadata INTAKES = counter("draaischijf_intakes",
            "Questions about a young person received by the intake point (referrals submitted, any channel)");
    static final Metadata MAILS = counter("draaischijf_mails",
            "Mails of every module through the outbox (state): queued (written with the change they report), sent (taken"
                    + " by the mail server), failed (a try the mail server refused; tried again later), given_up (no more tries)");
    static final Metadata OUTBOX_OLDEST = Metadata.builder().withName("draaischijf_outbox_oldest_unsent")
            .withDescription("Age of the oldest mail in the outbox that is still to be sent (0 when none waits); read from"
                    + " the database at most every 15 seconds")
            .withUnit(MetricUnits.SECONDS).build();
    static final Metadata LOGINS = counter("draaischijf_logins",
            "Password logins by outcome (success, failure, locked: the account is locked out, second_factor: the password"
                    + " was right and a code follows) and way in (via): page (the login page; the code step counts again),"
                    + " api (HTTP Basic, every call)");
    static final Metadata LOCKOUTS = counter("draaischijf_lockouts",
            "Accounts locked after too many failed logins in a row (draaischijf.security.max-failed-logins)");
    static final Metadata LIMITS_HIT = counter("draaischijf_limits_hit",
            "Requests refused by a per-address limit (limit): login_failures (a login from an address past its failed"
                    + " logins), account_mails (sign-ups and new-password requests), intakes (questions about a young"
                    + " person), sign_ups (training registrations and newsletter sign-ups)");
    static final Metadata TIMER_RUNS = counter("draaischijf_timer_runs",
            "Runs of the application's timers (timer); a run that fails is logged at WARNING");
    static final Metadata REPORT_DURATION = Metadata.builder().withName("draaischijf_report_duration")
            .withDescription("How long a module took to count a report (report: the module API and its method, e.g."
                    + " CaseReports.leadTimes), refusals not included")
            .withUnit(MetricUnits.NANOSECONDS).build();

    /** How a registration for a training or info session ended (tag {@code outcome}). */
    public enum RegistrationOutcome {
        CONFIRMED, WAITLISTED, ALREADY_REGISTERED, NOT_OPEN_YET, CLOSED, NOT_PUBLISHED, SESSION_CANCELLED, NOT_FOUND,
        INVALID, BUSY, RATE_LIMITED, REFUSED;

        /** The outcome that a module's refusal of a registration stands for: its reason, else its kind. */
        public static RegistrationOutcome of(RuntimeException refusal) {
            if (refusal instanceof NotAllowedNow notNow) {
                for (RegistrationOutcome outcome : values()) {
                    if (outcome.name().equals(notNow.reason())) {
                        return outcome;
                    }
                }
                return REFUSED;
            }
            if (refusal instanceof Busy) {
                return BUSY;
            }
            if (refusal instanceof NotFound) {
                return NOT_FOUND;
            }
            if (refusal instanceof Invalid) {
                return INVALID;
            }
            return REFUSED;
        }
    }

    /** What happened to mails in the outbox (tag {@code state}). */
    public enum MailState { QUEUED, SENT, FAILED, GIVEN_UP }

    /** How a password login ended (tag {@code outcome}). */
    public enum LoginOutcome { SUCCESS, FAILURE, LOCKED, SECOND_FACTOR }

    /** Where a password came in (tag {@code via}). */
    public enum LoginVia { PAGE, API }

    /** The per-address limits (tag {@code limit}). */
    public enum Limit { LOGIN_FAILURES, ACCOUNT_MAILS, INTAKES, SIGN_UPS }

    /** The application's timers (tag {@code timer}). */
    public enum Job {
        /** Every minute: mails still in the outbox (platform). */
        OUTBOX,
        /** Every hour (draaischijf.trainings.timer-minutes): reminders, finished sessions (training). */
        TRAINING_SESSIONS,
        /** 07:15: offers not confirmed for long (partner). */
        OFFER_REMINDERS,
        /** 07:20: agreements ending soon or ended (partner). */
        AGREEMENT_REMINDERS,
        /** 07:30 on working days: overdue answers, conference actions due (referral). */
        REFERRAL_DEADLINES,
        /** 02:30: retention of cases (referral). */
        REFERRAL_RETENTION,
        /** 03:00: retention of tokens and security events (identity). */
        IDENTITY_RETENTION,
        /** 03:15: retention of registrations and subscribers (training). */
        TRAINING_RETENTION
    }

    /** The server's registry; empty outside CDI (and unresolvable where a server offers none). */
    @Inject
    Instance<MetricRegistry> registries;

    private volatile MetricRegistry registry;
    private volatile boolean looked;
    private final AtomicBoolean warned = new AtomicBoolean();

    public Metrics() {
    }

    /** Counting into this registry (tests); null counts nothing. */
    public Metrics(MetricRegistry registry) {
        this.registry = registry;
        this.looked = true;
        if (registry != null) {
            preRegister(registry);
        }
    }

    /** Counts nothing: for beans built outside the server (module tests), until the server injects the real one. */
    public static Metrics none() {
        return new Metrics(null);
    }

    /** A registration for a session ended so. */
    public void registration(RegistrationOutcome outcome) {
        add(REGISTRATIONS, 1, tag("outcome", outcome));
    }

    /** The intake point received a question about a young person. */
    public void intake() {
        add(INTAKES, 1);
    }

    /** This many mails went into this state. */
    public void mails(MailState state, int count) {
        if (count > 0) {
            add(MAILS, count, tag("state", state));
        }
    }

    /** A password login ended so. */
    public void login(LoginOutcome outcome, LoginVia via) {
        add(LOGINS, 1, tag("outcome", outcome), tag("via", via));
    }

    /** An account was locked after too many failed logins. */
    public void lockout() {
        add(LOCKOUTS, 1);
    }

    /** A request was refused by this per-address limit. */
    public void limitHit(Limit limit) {
        add(LIMITS_HIT, 1, tag("limit", limit));
    }

    /** This timer runs (counted as it starts). */
    public void timerRun(Job job) {
        add(TIMER_RUNS, 1, tag("timer", job));
    }

    /** A module counted this report in this time. */
    public void reportTook(String report, Duration took) {
        MetricRegistry target = registry();
        if (target == null) {
            return;
        }
        try {
            target.timer(REPORT_DURATION, new Tag("report", report)).update(took);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /**
     * The outbox's gauge: the age in seconds of its oldest mail still to be sent, as {@code oldestUnsentSeconds} reads
     * it (cheaply: it is read at every scrape). Registered once; a second call keeps the first.
     */
    public void watchOutbox(Supplier<Double> oldestUnsentSeconds) {
        MetricRegistry target = registry();
        if (target == null) {
            return;
        }
        try {
            target.gauge(OUTBOX_OLDEST, oldestUnsentSeconds);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void add(Metadata metric, long amount, Tag... tags) {
        MetricRegistry target = registry();
        if (target == null) {
            return;
        }
        try {
            target.counter(metric, tags).inc(amount);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** The server's application registry, looked up once (on the first count, inside the application). */
    private MetricRegistry registry() {
        if (looked) {
            return registry;
        }
        synchronized (this) {
            if (!looked) {
                MetricRegistry found = null;
                try {
                    if (registries != null && registries.isResolvable()) {
                        found = registries.get();
                        preRegister(found);
                    } else if (registries != null) {
                        LOG.warning("No MicroProfile Metrics registry: /metrics shows none of the application's figures");
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "No MicroProfile Metrics registry: /metrics shows none of the application's figures", e);
                    found = null;
                }
                registry = found;
                looked = true;
            }
            return registry;
        }
    }

    /** Every counter series whose tag values are known, at 0. */
    private void preRegister(MetricRegistry target) {
        try {
            for (RegistrationOutcome outcome : RegistrationOutcome.values()) {
                target.counter(REGISTRATIONS, tag("outcome", outcome));
            }
            target.counter(INTAKES);
            for (MailState state : MailState.values()) {
                target.counter(MAILS, tag("state", state));
            }
            for (LoginOutcome outcome : LoginOutcome.values()) {
                for (LoginVia via : LoginVia.values()) {
                    target.counter(LOGINS, tag("outcome", outcome), tag("via", via));
                }
            }
            target.counter(LOCKOUTS);
            for (Limit limit : Limit.values()) {
                target.counter(LIMITS_HIT, tag("limit", limit));
            }
            for (Job job : Job.values()) {
                target.counter(TIMER_RUNS, tag("timer", job));
            }
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void failed(RuntimeException e) {
        if (warned.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "A figure for /metrics was not counted (later ones are not logged)", e);
        }
    }

    private static Metadata counter(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    /** A tag whose value is the constant's name in lower case ({@code outcome="already_registered"}). */
    static Tag tag(String name, Enum<?> value) {
        return new Tag(name, value.name().toLowerCase(Locale.ROOT));
    }
}
