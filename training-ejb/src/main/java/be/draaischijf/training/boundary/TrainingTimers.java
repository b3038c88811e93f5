package be.draaischijf.training.boundary;

import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.TrainingSessions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code draaischijf.trainings.timer-minutes} minutes (60): reminders to participants of sessions starting
 * within {@code draaischijf.trainings.reminder-days} days, and published sessions that ended become DONE.
 * Non-persistent (every server runs it); the claim in {@code sendReminders} keeps each reminder to one mail.
 */
@Singleton
@Startup
@DependsOn("TrainingSchema")
public class TrainingTimers {

    private static final Logger LOG = Logger.getLogger(TrainingTimers.class.getName());

    @EJB
    SessionRegistrations registrations;

    @EJB
    TrainingSessions sessions;

    @Resource
    TimerService timerService;

    @Inject
    @ConfigProperty(name = "draaischijf.trainings.timer-minutes", defaultValue = "60")
    int minutes;

    @PostConstruct
    void start() {
        long every = Duration.ofMinutes(Math.max(1, minutes)).toMillis();
        timerService.createIntervalTimer(every, every, new TimerConfig("trainings: reminders and finished sessions", false));
    }

    @Timeout
    void run() {
        int reminded = registrations.sendReminders();
        int done = sessions.closePastSessions();
        if (reminded > 0 || done > 0) {
            LOG.info(() -> reminded + " session reminder(s) sent, " + done + " session(s) done");
        }
    }
}
