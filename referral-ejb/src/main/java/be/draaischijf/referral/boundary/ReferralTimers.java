package be.draaischijf.referral.boundary;

import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.OfferReferrals;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Every working-day morning: escalates referrals whose reply deadline passed and reminds owners of
 * conference actions due tomorrow. Non-persistent (every server runs it); the claims in the beans keep
 * each escalation and reminder to one.
 */
@Singleton
public class ReferralTimers {

    private static final Logger LOG = Logger.getLogger(ReferralTimers.class.getName());

    @EJB
    OfferReferrals offerReferrals;

    @EJB
    CaseConferences conferences;

    @Schedule(dayOfWeek = "Mon-Fri", hour = "7", minute = "30", persistent = false)
    void everyMorning() {
        int escalated = offerReferrals.escalateOverdue();
        int reminded = conferences.remindDueActions();
        LOG.info(() -> escalated + " escalation(s), " + reminded + " action reminder(s)");
    }
}
