package be.draaischijf.training.boundary;

import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.TrainingSessions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two non-persistent interval timers (every server runs them; claims keep each mail to one send):
 * <ul>
 * <li>every {@code draaischijf.trainings.timer-minutes} minutes (60): reminders to participants of sessions
 * starting within {@code draaischijf.trainings.reminder-days} days, and published sessions that ended become DONE;</li>
 * <li>every minute: the outbox's mails that are due (a first send that did not happen, retries).</li>
 * </ul>
 * The timeout runs outside a transaction: reminders, finished sessions and each mail's claim and record are
 * transactions of their own, with no mail server conversation inside any of them. The two timers may run at the
 * same time (a read lock): a slow mail server does not hold up the reminders.
 */
@Singleton
@Startup
@DependsOn("TrainingSchema")
public class TrainingTimers {

    private static final Logger LOG = Logger.getLogger(TrainingTimers.class.getName());
    private static final String SESSIONS = "trainings: reminders and finished sessions";
    private static final String MAIL = "trainings: mail outbox";

    @EJB
    SessionRegistrations registrations;

    @EJB
    TrainingSessions sessions;

    @EJB
    TrainingMailOutbox outbox;

    @Resource
    TimerService timerService;

    @Inject
    @ConfigProperty(name = "draaischijf.trainings.timer-minutes", defaultValue = "60")
    int minutes;

    @PostConstruct
    void start() {
        long every = Duration.ofMinutes(Math.max(1, minutes)).toMillis();
        timerService.createIntervalTimer(every, every, new TimerConfig(SESSIONS, false));
        long minute = Duration.ofMinutes(1).toMillis();
        timerService.createIntervalTimer(minute, minute, new TimerConfig(MAIL, false));
    }

    @Timeout
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        try {
            if (MAIL.equals(timer.getInfo())) {
                int sent = outbox.deliverDue();
                if (sent > 0) {
                    LOG.info(() -> sent + " queued training mail(s) sent");
                }
                return;
            }
            int reminded = registrations.sendReminders();
            int done = sessions.closePastSessions();
            if (reminded > 0 || done > 0) {
                LOG.info(() -> reminded + " session reminder(s) queued, " + done + " session(s) done");
            }
        } catch (RuntimeException e) {
            // the next run tries again; a timeout that throws would be retried at once by the container
            LOG.log(Level.WARNING, "Training timer '" + timer.getInfo() + "' failed; the next run tries again", e);
        }
    }
}
