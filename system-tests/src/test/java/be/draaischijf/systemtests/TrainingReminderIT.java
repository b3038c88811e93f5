package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The reminder as the EJB timer inside Payara sends it (the black-box server runs the trainings' timer every
 * minute, {@code DRAAISCHIJF_TRAININGS_TIMER_MINUTES=1}; the reminder period stays the default 2 days): someone
 * registers for a session in three weeks; the organiser moves it to two days and about a minute later; once the
 * session comes within two days, the timer mails them one reminder with the session, an .ics and their cancel
 * link. A second session, moved to one minute after the first, is reminded by a later run of the timer; by then
 * the first person still has exactly one reminder.
 */
// waits minutes for the timer: beside the other classes (junit-platform.properties), but never while the mail
// server is away (MailOutageIT)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(MailOutageIT.MAIL_SERVER)
class TrainingReminderIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void theTimerRemindsAParticipantOnceWhenTheSessionComesWithinTheReminderPeriodAndNotAgainOnItsNextRun() {
        String title = "Herinneringstest " + UUID.randomUUID().toString().substring(0, 8);
        String id = publishedInThreeWeeks(title);
        String person = TrainingApiIT.unique("herinnering");
        HttpResponse<String> registered = TrainingApiIT.register(id, TrainingApiIT.registration(person));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String laterTitle = title + " (een minuut later)";
        String laterId = publishedInThreeWeeks(laterTitle);
        String laterPerson = TrainingApiIT.unique("volgende");
        assertThat(TrainingApiIT.register(laterId, TrainingApiIT.registration(laterPerson)).statusCode()).isEqualTo(201);

        // the organiser moves the session to two days and 30 to 90 seconds after the registration, on the server's
        // clock (clocks of two processes on this machine were seen to differ by a minute), on a whole minute; the
        // second session to one minute after that, so that a later run of the timer reminds its participant
        Instant confirmed = Instant.parse(TrainingSessionsFixture.registrations(id, "CONFIRMED", 5)
                .getJsonObject(0).getString("confirmedAt"));
        ZonedDateTime starts = confirmed.atZone(BRUSSELS).plusDays(2).plusSeconds(90).truncatedTo(ChronoUnit.MINUTES);
        move(id, title, starts);
        move(laterId, laterTitle, starts.plusMinutes(1));
        assertThat(reminders(person)).as("no reminder yet: the session is more than two days away").isEmpty();

        // the session enters the two-day period within 90 seconds; the timer runs every minute
        MimeMessage reminder = waitForReminder(person, Duration.ofSeconds(180));
        assertThat(TrainingApiIT.subject(reminder)).contains(title);
        assertThat(TrainingApiIT.text(reminder)).contains("We verwachten je binnenkort", "We look forward to seeing you soon");
        String link = TrainingApiIT.registrationLink(reminder);
        HttpResponse<String> ownPage = Http.get(URI.create(link));
        assertThat(ownPage.statusCode()).as("the mailed link opens the registration").isEqualTo(200);
        assertThat(ownPage.body()).contains(title);
        assertThat(TrainingApiIT.icsAttachment(reminder)).hasValueSatisfying(ics ->
                assertThat(ics).contains("BEGIN:VEVENT", "DTSTART;TZID=Europe/Brussels"));
        assertThat(reminders(person)).hasSize(1);

        // the second session enters the period a minute later: a later run reminds its participant; that run did
        // not remind the first person again
        assertThat(TrainingApiIT.subject(waitForReminder(laterPerson, Duration.ofSeconds(150)))).contains(laterTitle);
        assertThat(reminders(person)).as("still one reminder after the next run of the timer").hasSize(1);
    }

    /** A published info session three weeks from now; its id. */
    private static String publishedInThreeWeeks(String title) {
        ZonedDateTime later = ZonedDateTime.now(BRUSSELS).plusDays(20).truncatedTo(ChronoUnit.HOURS).withHour(10);
        HttpResponse<String> created = Http.post("/api/sessions", TrainingApiIT.JSON, draft(title, later, 0).toString(),
                "coordinator", TrainingApiIT.PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject session = Http.json(created).asJsonObject();
        String id = session.getString("id");
        HttpResponse<String> published = Http.post("/api/sessions/" + id + "/publish", TrainingApiIT.JSON,
                Json.createObjectBuilder().add("version", session.getInt("version")).build().toString(), "coordinator", TrainingApiIT.PW);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static void move(String id, String title, ZonedDateTime starts) {
        int version = Http.json(Http.get("/api/sessions/" + id)).asJsonObject().getInt("version");
        HttpResponse<String> moved = Http.put("/api/sessions/" + id, draft(title, starts, version).toString(),
                "coordinator", TrainingApiIT.PW);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    /** An info session on one day from {@code starts} for an hour (up to 23:59). */
    private static JsonObject draft(String title, ZonedDateTime starts, int version) {
        LocalTime begin = starts.toLocalTime();
        LocalTime end = begin.isBefore(LocalTime.of(22, 58)) ? begin.plusHours(1) : LocalTime.of(23, 59);
        return Json.createObjectBuilder()
                .add("kind", "INFO_SESSION")
                .add("title", title)
                .add("venueName", "Centraal Meldpunt")
                .add("dates", Json.createArrayBuilder().add(Json.createObjectBuilder().add("day", starts.toLocalDate().toString())
                        .add("startsAt", begin.toString()).add("endsAt", end.toString())))
                .add("capacity", 5)
                .add("version", version)
                .build();
    }

    private static List<MimeMessage> reminders(String address) {
        return TrainingApiIT.mailsTo(address).stream().filter(mail -> TrainingApiIT.subject(mail).startsWith("Herinnering")).toList();
    }

    private static MimeMessage waitForReminder(String address, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until) {
            List<MimeMessage> found = reminders(address);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            DeployedApp.mailbox().waitForIncomingEmail(2_000, DeployedApp.mailbox().getReceivedMessages().length + 1);
        }
        throw new AssertionError("no reminder to " + address + " within " + atMost + " (the timer runs every minute)");
    }
}
