package be.draaischijf.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What administrators see of the outbox (GET /api/outbox): mails still tried and mails given up, oldest first,
 * with whose mail it is and the mail server's last answer, never the text.
 */
class MailOutboxListDatabaseTest {

    final List<Runnable> afterCommit = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pendingAndGivenUpMailsAreListedOldestFirstWithoutTheirText(TestDatabase kind) {
        DataSource database = kind.create();
        new ModuleSchema("platform", getClass().getClassLoader()).migrate(database, false);
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        Mailer away = new Mailer(null) {
            @Override
            public void send(Mail mail) {
                throw new NotSent("421 mail server away", null);
            }
        };

        outbox(database, away, start).queue("referral", new Mailer.Mail(List.of("a@example.org"), "Eerste", "geheime link 1"));
        outbox(database, away, start.plusSeconds(1)).queue("training", new Mailer.Mail(List.of("b@example.org", "c@example.org"),
                "Tweede", "geheime link 2"));
        assertThat(outbox(database, away, start).list(false, 0, 10)).extracting(OutboxEntry::subject)
                .containsExactly("Eerste", "Tweede");
        afterCommit.forEach(Runnable::run);

        // the timer stops at the first refusal, so each run tries one of the two: a day of hourly runs is plenty
        for (int hour = 1; hour <= 30; hour++) {
            outbox(database, away, start.plus(Duration.ofHours(hour))).deliverDue();
        }

        MailOutbox outbox = outbox(database, away, start);
        assertThat(outbox.count(false)).isZero();
        assertThat(outbox.count(true)).isEqualTo(2);
        List<OutboxEntry> failed = outbox.list(true, 0, 10);
        assertThat(failed).extracting(OutboxEntry::subject).containsExactly("Eerste", "Tweede");
        assertThat(failed.get(1).module()).isEqualTo("training");
        assertThat(failed.get(1).to()).containsExactly("b@example.org", "c@example.org");
        assertThat(failed).allSatisfy(entry -> {
            assertThat(entry.failed()).isTrue();
            assertThat(entry.attempts()).isEqualTo(10);
            assertThat(entry.lastError()).contains("421");
            assertThat(entry.toString()).doesNotContain("geheime link");
        });
        assertThat(outbox.list(true, 1, 10)).extracting(OutboxEntry::subject).containsExactly("Tweede");
    }

    private MailOutbox outbox(DataSource database, Mailer mailer, Instant now) {
        return new MailOutbox(database, mailer, Clock.fixed(now, ZoneOffset.UTC), afterCommit::add);
    }
}
