package be.draaischijf.training.boundary;

import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.TrainingSessions;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Every hour: reminders to participants of sessions starting within {@code draaischijf.trainings.reminder-days}
 * days, and published sessions that ended become DONE. Non-persistent (every server runs it); the claim in
 * {@code sendReminders} keeps each reminder to one mail.
 */
@Singleton
public class TrainingTimers {

    private static final Logger LOG = Logger.getLogger(TrainingTimers.class.getName());

    @EJB
    SessionRegistrations registrations;

    @EJB
    TrainingSessions sessions;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void everyHour() {
        int reminded = registrations.sendReminders();
        int done = sessions.closePastSessions();
        if (reminded > 0 || done > 0) {
            LOG.info(() -> reminded + " session reminder(s) sent, " + done + " session(s) done");
        }
    }
}
