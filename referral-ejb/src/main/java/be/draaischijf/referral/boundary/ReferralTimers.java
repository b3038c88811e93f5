package be.draaischijf.referral.boundary;

import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.OfferReferrals;
import be.draaischijf.referral.control.CaseRetention;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every working-day morning: escalates referrals whose reply deadline passed and reminds owners of
 * conference actions due tomorrow. Every night at 02:30 (Brussels): the retention rules (ADR 0043), closed cases past
 * their period anonymised and old unmet needs without their note. Non-persistent (every server runs them); the claims
 * in the beans keep each escalation, reminder and anonymisation to one.
 */
@Singleton
public class ReferralTimers {

    private static final Logger LOG = Logger.getLogger(ReferralTimers.class.getName());

    @EJB
    OfferReferrals offerReferrals;

    @EJB
    CaseConferences conferences;

    /** The retention work without a caller: the timer is nobody (an administrator's run goes through ReferralPrivacy). */
    @Inject
    CaseRetention retention;

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @Inject
    Metrics metrics;

    @Schedule(dayOfWeek = "Mon-Fri", hour = "7", minute = "30", persistent = false)
    void everyMorning() {
        metrics.timerRun(Metrics.Job.REFERRAL_DEADLINES);
        int escalated = offerReferrals.escalateOverdue();
        int reminded = conferences.remindDueActions();
        LOG.info(() -> escalated + " escalation(s), " + reminded + " action reminder(s)");
    }

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Brussels", persistent = false)
    void everyNight() {
        metrics.timerRun(Metrics.Job.REFERRAL_RETENTION);
        try {
            List<RetentionResult> done = retention.apply(Instant.now(), new RetentionPeriods(dataSource)::of);
            LOG.info(() -> "Nightly retention: " + done);
        } catch (RuntimeException e) {
            // a timeout that throws is retried at once by the container; the next night (or an administrator) tries again
            LOG.log(java.util.logging.Level.WARNING, "Nightly retention failed; the next night tries again", e);
        }
    }
}
