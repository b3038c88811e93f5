package be.draaischijf.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What city IT sees of the outbox on /metrics (ADR 0052): mails queued, sent, refused by the mail server and given up,
 * each counted once where it happens; and the age of the oldest mail still to be sent, read from the database at most
 * every 15 seconds.
 */
class MailOutboxMetricsDatabaseTest {

    final List<Runnable> afterCommit = new ArrayList<>();
    final Map<Metrics.MailState, Integer> counted = new EnumMap<>(Metrics.MailState.class);
    final Metrics metrics = new Metrics(null) {
        @Override
        public void mails(MailState state, int count) {
            counted.merge(state, count, Integer::sum);
        }
    };

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void queuedSentFailedAndGivenUpMailsAreCountedAndTheOldestWaitingMailsAgeIsMeasured(TestDatabase kind) {
        DataSource database = kind.create();
        new ModuleSchema("platform", getClass().getClassLoader()).migrate(database, false);
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        List<Mailer.Mail> delivered = new ArrayList<>();
        Mailer up = new Mailer(null) {
            @Override
            public void send(Mail mail) {
                delivered.add(mail);
            }
        };
        Mailer away = new Mailer(null) {
            @Override
            public void send(Mail mail) {
                throw new NotSent("421 mail server away", null);
            }
        };
        assertThat(outbox(database, up, start).oldestUnsentSeconds()).as("nothing waits").isZero();

        outbox(database, up, start).queue("training", List.of(mail("Bevestiging"), mail("Wachtlijst")));
        assertThat(counted).containsEntry(Metrics.MailState.QUEUED, 2).doesNotContainKey(Metrics.MailState.SENT);
        assertThat(outbox(database, up, start.plusSeconds(30)).oldestUnsentSeconds())
                .as("queued half a minute ago, not sent yet").isEqualTo(30.0);
        afterCommit.forEach(Runnable::run);
        afterCommit.clear();
        assertThat(delivered).hasSize(2);
        assertThat(counted).containsEntry(Metrics.MailState.SENT, 2);
        assertThat(outbox(database, up, start.plusSeconds(31)).oldestUnsentSeconds()).as("all sent").isZero();

        // the mail server is away: each try is a failure, the tenth gives the mail up
        outbox(database, away, start.plusSeconds(60)).queue("referral", List.of(mail("Nieuwe vraag")));
        afterCommit.forEach(Runnable::run);
        assertThat(counted).containsEntry(Metrics.MailState.QUEUED, 3).containsEntry(Metrics.MailState.FAILED, 1);
        MailOutbox measuring = outbox(database, away, start.plus(Duration.ofMinutes(11)));
        assertThat(measuring.oldestUnsentSeconds()).as("waiting ten minutes").isEqualTo(600.0);
        for (int hour = 1; hour <= 30; hour++) {
            outbox(database, away, start.plus(Duration.ofHours(hour))).deliverDue();
        }
        assertThat(counted).containsEntry(Metrics.MailState.FAILED, 10).containsEntry(Metrics.MailState.GIVEN_UP, 1)
                .containsEntry(Metrics.MailState.SENT, 2);
        assertThat(measuring.oldestUnsentSeconds()).as("read again only after 15 seconds").isEqualTo(600.0);
        assertThat(outbox(database, away, start.plus(Duration.ofHours(31))).oldestUnsentSeconds())
                .as("a mail given up waits no more").isZero();
    }

    private static Mailer.Mail mail(String subject) {
        return new Mailer.Mail(List.of("iemand@example.org"), subject, "tekst");
    }

    private MailOutbox outbox(DataSource database, Mailer mailer, Instant now) {
        MailOutbox outbox = new MailOutbox(database, mailer, Clock.fixed(now, ZoneOffset.UTC), afterCommit::add);
        outbox.metrics = metrics;
        return outbox;
    }
}
