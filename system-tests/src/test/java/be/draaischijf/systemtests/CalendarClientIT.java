package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The confirmation's .ics and the calendar feed in a real calendar client (khal, from Debian's package): a
 * two-day training, one day in winter time and one in summer time, shows at the right hour in a calendar
 * whose local time is UTC; the VTIMEZONE in the file is enough on its own (a client that does not know the
 * zone's name still gets the hours right); and after the organiser moves and renames the session, importing
 * the feed again updates the same two events instead of adding two more (stable UIDs).
 */
class CalendarClientIT {

    private static final int NEXT_YEAR = LocalDate.now().getYear() + 1;
    private static final LocalDate WINTER = LocalDate.of(NEXT_YEAR, 1, 14);
    private static final LocalDate SUMMER = LocalDate.of(NEXT_YEAR, 7, 8);
    private static final String FROM = NEXT_YEAR + "-01-01";
    private static final String TO = NEXT_YEAR + "-12-31";

    @TempDir
    Path folder;

    @Test
    void theAttachmentAndTheFeedShowAtBrusselsTimeInACalendarClientAndAnEditUpdatesTheSameEvents() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Kalendertest " + suffix;
        JsonObject session = create(title, "09:30", "12:00");
        String id = session.getString("id");
        publish(id, session.getInt("version"));
        String person = TrainingApiIT.unique("kalender");
        HttpResponse<String> registered = TrainingApiIT.register(id, TrainingApiIT.registration(person));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String attachment = TrainingApiIT.icsAttachment(TrainingApiIT.mailTo(person, "Inschrijving bevestigd")).orElseThrow();

        CalendarClient client = CalendarClient.in(folder);
        // 09:30 in Brussels is 08:30 UTC in January (CET) and 07:30 UTC in July (CEST)
        client.importIcs("mail", attachment);
        assertThat(client.events("mail", title, FROM, TO)).containsExactlyElementsOf(shown(title, "08:30", "11:00"));

        // the same hours when the client cannot look the zone up by its name and must read the VTIMEZONE
        client.importIcs("zone", attachment.replace("Europe/Brussels", "Draaischijf-Brussel"));
        assertThat(client.events("zone", title, FROM, TO)).containsExactlyElementsOf(shown(title, "08:30", "11:00"));

        client.importIcs("feed", feed());
        assertThat(client.events("feed", title, FROM, TO)).containsExactlyElementsOf(shown(title, "08:30", "11:00"));
        long storedBefore = client.stored("feed");

        // the organiser renames the session and moves the winter day an hour later; the feed is imported again
        String renamed = "Kalendertest verplaatst " + suffix;
        JsonObject current = Http.json(Http.get("/api/sessions/" + id)).asJsonObject();
        HttpResponse<String> edited = Http.put("/api/sessions/" + id,
                draft(renamed, "10:30", "13:00", current.getInt("version")).toString(), "coordinator", TrainingApiIT.PW);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        client.importIcs("feed", feed());

        assertThat(client.events("feed", suffix, FROM, TO)).containsExactlyElementsOf(shown(renamed, "09:30", "12:00"));
        assertThat(client.stored("feed")).as("events in the client's calendar after importing the feed again")
                .isEqualTo(storedBefore);
    }

    /** What the client lists (in UTC) for the two days: the winter day at these hours, the summer day 11:00–14:30. */
    private static List<String> shown(String title, String winterStart, String winterEnd) {
        return List.of(WINTER + " " + winterStart + "|" + WINTER + " " + winterEnd + "|" + title + " (dag 1/2)",
                SUMMER + " 11:00|" + SUMMER + " 14:30|" + title + " (dag 2/2)");
    }

    private static String feed() {
        HttpResponse<String> feed = Http.get("/api/calendar.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        return feed.body();
    }

    private static JsonObject create(String title, String winterStart, String winterEnd) {
        HttpResponse<String> created = Http.post("/api/sessions", TrainingApiIT.JSON,
                draft(title, winterStart, winterEnd, 0).toString(), "coordinator", TrainingApiIT.PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).asJsonObject();
    }

    private static void publish(String id, int version) {
        HttpResponse<String> published = Http.post("/api/sessions/" + id + "/publish", TrainingApiIT.JSON,
                Json.createObjectBuilder().add("version", version).build().toString(), "coordinator", TrainingApiIT.PW);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }

    /** A two-day training: a winter day at the given hours, a summer day from 13:00 to 16:30. */
    private static JsonObject draft(String title, String winterStart, String winterEnd, int version) {
        JsonArrayBuilder dates = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("day", WINTER.toString()).add("startsAt", winterStart).add("endsAt", winterEnd))
                .add(Json.createObjectBuilder().add("day", SUMMER.toString()).add("startsAt", "13:00").add("endsAt", "16:30"));
        return Json.createObjectBuilder()
                .add("kind", "TRAINING")
                .add("title", title)
                .add("description", "Een vorming over twee dagen, in winter- en zomertijd.")
                .add("venueName", "Centraal Meldpunt")
                .add("venueAddress", "Francis Wellesplein 1, 2018 Antwerpen")
                .add("dates", dates)
                .add("capacity", 10)
                .add("version", version)
                .build();
    }
}
