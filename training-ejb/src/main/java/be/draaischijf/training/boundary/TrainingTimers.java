package be.draaischijf.training.boundary;

import be.draaischijf.platform.metrics.Metrics;
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
 * A non-persistent interval timer (every server runs it; claims keep each reminder to one), every
 * {@code draaischijf.trainings.timer-minutes} minutes (60): reminders to participants of sessions starting within
 * {@code draaischijf.trainings.reminder-days} days (queued in the platform's outbox), and published sessions that
 * ended become DONE. The timeout runs outside a transaction: reminders and finished sessions are transactions of
 * their own, with no mail server conversation inside any of them.
 */
@Singleton
@Startup
@DependsOn("TrainingSchema")
public class TrainingTimers {

    private static final Logger LOG = Logger.getLogger(TrainingTimers.class.getName());
    private static final String SESSIONS = "trainings: reminders and finished sessions";

    @EJB
    SessionRegistrations registrations;

    @EJB
    TrainingSessions sessions;

    @Resource
    TimerService timerService;

    @Inject
    Metrics metrics;

    @Inject
    @ConfigProperty(name = "draaischijf.trainings.timer-minutes", defaultValue = "60")
    int minutes;

    @PostConstruct
    void start() {
        long every = Duration.ofMinutes(Math.max(1, minutes)).toMillis();
        timerService.createIntervalTimer(every, every, new TimerConfig(SESSIONS, false));
    }

    @Timeout
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        metrics.timerRun(Metrics.Job.TRAINING_SESSIONS);
        try {
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
