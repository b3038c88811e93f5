package be.draaischijf.platform.boundary;

import be.draaischijf.platform.mail.MailOutbox;
import be.draaischijf.platform.metrics.Metrics;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every server, sends what the outbox still holds: mails whose first send failed, and mails of
 * a server that stopped before sending them. Claims in the database keep two servers from sending the same mail.
 */
@Singleton
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    Metrics metrics;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        metrics.timerRun(Metrics.Job.OUTBOX);
        try {
            int sent = outbox.deliverDue();
            if (sent > 0) {
                LOG.info(() -> sent + " mail(s) from the outbox sent");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not be read; next minute again", e);
        }
    }
}
