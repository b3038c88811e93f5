package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.TrainingApiIT.PW;
import static be.draaischijf.systemtests.TrainingApiIT.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * What people who registered notice when something changes, over the REST API and the links in their mails:
 * leaving the waiting list, a registration window that is not open yet or closed, a cancellation that comes
 * after the start, the organiser cancelling the session or changing its days.
 */
class TrainingChangesIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DUTCH_MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"));

    @Test
    void whoLeavesTheWaitingListThroughTheMailedLinkIsNeverPromotedAndTheNextInLineMovesUp() {
        JsonObject session = TrainingApiIT.publishedSession("Wachtlijst verlaten", 1);
        String id = session.getString("id");
        String seated = unique("zit");
        String leaving = unique("vertrekt");
        String next = unique("volgt");
        String seatToken = registered(id, seated, "CONFIRMED");
        registered(id, leaving, "WAITLISTED");
        String nextToken = registered(id, next, "WAITLISTED");

        // the waiting-list mail's link, followed as mailed, shows the person's place and the way out
        String link = TrainingApiIT.registrationLink(TrainingApiIT.mailTo(leaving, "Wachtlijst"));
        HttpResponse<String> ownPage = Http.get(URI.create(link));
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(ownPage.body()).contains(session.getString("title"), "De wachtlijst verlaten");
        String token = MailLinks.lastSegment(link);
        assertThat(registration(token).getInt("position")).isEqualTo(1);

        HttpResponse<String> left = TrainingApiIT.delete("/api/registrations/" + token);
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        assertThat(Http.json(left).asJsonObject().getString("outcome")).isEqualTo("LEFT_WAITING_LIST");
        assertThat(registration(token).getString("status")).isEqualTo("CANCELLED");
        assertThat(registration(token).getBoolean("cancellable")).isFalse();
        assertThat(registration(nextToken).getInt("position")).as("the one behind moved up").isEqualTo(1);

        // a seat frees up: it goes to the one behind, and only they hear of it
        assertThat(TrainingApiIT.delete("/api/registrations/" + seatToken).statusCode()).isEqualTo(200);
        assertThat(TrainingApiIT.subject(TrainingApiIT.mailTo(next, "plaats vrij"))).contains(session.getString("title"));
        assertThat(registration(nextToken).getString("status")).isEqualTo("CONFIRMED");
        assertThat(TrainingApiIT.mailsTo(leaving)).extracting(TrainingApiIT::subject)
                .as("only the waiting-list mail").hasSize(1).noneMatch(subject -> subject.contains("plaats vrij"));
    }

    @Test
    void registeringBeforeTheWindowOpensOrAfterItClosedIsA409ProblemWithTheReasonAndADutchDetail() {
        LocalDateTime opens = LocalDateTime.now(BRUSSELS).plusDays(5).truncatedTo(ChronoUnit.MINUTES);
        String notYet = TrainingApiIT.published(Json.createObjectBuilder(TrainingApiIT.draft("Nog niet open", 10))
                .add("registrationOpens", opens.toString()).build()).getString("id");
        assertThat(Http.json(Http.get("/api/sessions/" + notYet)).asJsonObject().getBoolean("registrationOpen")).isFalse();
        JsonObject early = problem(TrainingApiIT.register(notYet, TrainingApiIT.registration(unique("vroeg"))), 409);
        assertThat(early.getString("title")).isEqualTo("Inschrijvingen gesloten");
        assertThat(early.getString("reason")).isEqualTo("NOT_OPEN_YET");
        assertThat(early.getString("detail")).containsIgnoringCase("de inschrijvingen openen op " + DUTCH_MOMENT.format(opens));

        LocalDateTime closed = LocalDateTime.now(BRUSSELS).minusDays(1).truncatedTo(ChronoUnit.MINUTES);
        String over = TrainingApiIT.published(Json.createObjectBuilder(TrainingApiIT.draft("Al gesloten", 10))
                .add("registrationCloses", closed.toString()).build()).getString("id");
        JsonObject late = problem(TrainingApiIT.register(over, TrainingApiIT.registration(unique("laat"))), 409);
        assertThat(late.getString("reason")).isEqualTo("CLOSED");
        assertThat(late.getString("detail")).containsIgnoringCase("de inschrijvingen zijn afgesloten");

        assertThat(TrainingApiIT.participants(notYet, null).headers().firstValue("X-Total-Count")).hasValue("0");
        assertThat(TrainingApiIT.participants(over, null).headers().firstValue("X-Total-Count")).hasValue("0");
    }

    @Test
    void onceTheSessionHasStartedTheLinkNoLongerCancelsAndTheSeatStays() {
        JsonObject draft = TrainingApiIT.draft("Al begonnen", 5);
        String id = TrainingApiIT.published(draft).getString("id");
        String token = registered(id, unique("begonnen"), "CONFIRMED");
        assertThat(registration(token).getBoolean("cancellable")).isTrue();

        // the organiser puts a first day two days ago in front of the coming one: the session has started
        JsonObject view = coordinatorView(id);
        JsonArray started = Json.createArrayBuilder()
                .add(day(LocalDate.now(BRUSSELS).minusDays(2), "09:00", "12:00"))
                .add(view.getJsonArray("dates").get(0))
                .build();
        changeDays(id, draft, started, view.getInt("version"));

        assertThat(registration(token).getBoolean("cancellable")).isFalse();
        JsonObject refused = problem(TrainingApiIT.delete("/api/registrations/" + token), 409);
        assertThat(refused.getString("detail")).contains("begonnen");
        assertThat(registration(token).getString("status")).isEqualTo("CONFIRMED");
        assertThat(TrainingApiIT.participants(id, "CONFIRMED").headers().firstValue("X-Total-Count")).hasValue("1");
    }

    @Test
    void cancellingASessionMailsEveryConfirmedAndWaitingPersonOnceAndNobodyWhoHadLeft() {
        JsonObject session = TrainingApiIT.publishedSession("Gaat niet door", 2);
        String id = session.getString("id");
        String title = session.getString("title");
        String ann = unique("ann");
        String bob = unique("bob");
        String cas = unique("cas");
        String dirk = unique("dirk");
        String annToken = registered(id, ann, "CONFIRMED");
        registered(id, bob, "CONFIRMED");
        registered(id, cas, "WAITLISTED");
        String dirkToken = registered(id, dirk, "WAITLISTED");
        assertThat(TrainingApiIT.delete("/api/registrations/" + dirkToken).statusCode()).isEqualTo(200);

        HttpResponse<String> cancelled = Http.post("/api/sessions/" + id + "/cancel", TrainingApiIT.JSON,
                Json.createObjectBuilder().add("version", coordinatorView(id).getInt("version"))
                        .add("reason", "De lesgever is ziek.").build().toString(), "coordinator", PW);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Http.json(cancelled).asJsonObject().getString("status")).isEqualTo("CANCELLED");

        String subject = "Geannuleerd: " + title;
        for (String person : List.of(ann, bob, cas)) {
            MimeMessage mail = TrainingApiIT.mailTo(person, subject);
            assertThat(TrainingApiIT.text(mail)).contains("De lesgever is ziek.");
            TrainingApiIT.registrationLink(mail);
        }
        List<String> told = Arrays.stream(DeployedApp.mailbox().getReceivedMessages())
                .filter(mail -> TrainingApiIT.subject(mail).startsWith(subject)).map(TrainingApiIT::to).toList();
        assertThat(told).as("one mail each, none to who had left the list").containsExactlyInAnyOrder(ann, bob, cas);

        // their links cancel nothing any more
        assertThat(registration(annToken).getBoolean("cancellable")).isFalse();
        assertThat(problem(TrainingApiIT.delete("/api/registrations/" + annToken), 409).getString("detail")).contains("geannuleerd");
    }

    @Test
    void changingTheDaysOfAPublishedSessionMailsEveryoneAndTheConfirmedGetAnIcsThatUpdatesTheirCalendar() throws Exception {
        LocalDate first = LocalDate.now(BRUSSELS).plusDays(20);
        JsonObject draft = Json.createObjectBuilder(TrainingApiIT.draft("Verplaatst", 1))
                .add("dates", Json.createArrayBuilder().add(day(first, "09:00", "12:30"))
                        .add(day(first.plusDays(7), "09:00", "12:30")).add(day(first.plusDays(14), "09:00", "12:30")))
                .build();
        JsonObject session = TrainingApiIT.published(draft);
        String id = session.getString("id");
        String title = session.getString("title");
        String confirmed = unique("ann");
        String waiting = unique("bob");
        registered(id, confirmed, "CONFIRMED");
        registered(id, waiting, "WAITLISTED");

        JsonObject before = coordinatorView(id);
        List<JsonObject> days = before.getJsonArray("dates").getValuesAs(JsonObject.class);
        List<String> uids = days.stream().map(d -> d.getString("uid")).toList();
        assertThat(uids).hasSize(3).doesNotHaveDuplicates();
        Map<String, VEvent> imported = events(TrainingApiIT.icsAttachment(TrainingApiIT.mailTo(confirmed, "Inschrijving bevestigd"))
                .orElseThrow());
        assertThat(imported).as("the confirmation's calendar item has the days' UIDs").containsOnlyKeys(uids);
        int importedSequence = sequence(imported.get(uids.get(1)));

        // the organiser drops the first day, keeps the second and moves the third to the afternoon (the edit sends
        // each kept day's uid back, as the form does)
        JsonArray dates = Json.createArrayBuilder()
                .add(days.get(1))
                .add(Json.createObjectBuilder(days.get(2)).add("startsAt", "13:00").add("endsAt", "16:00"))
                .build();
        JsonObject after = changeDays(id, draft, dates, before.getInt("version"));
        assertThat(after.getJsonArray("dates").getValuesAs(JsonObject.class)).extracting(d -> d.getString("uid"))
                .containsExactly(uids.get(1), uids.get(2));

        MimeMessage toConfirmed = TrainingApiIT.mailTo(confirmed, "Gewijzigd: " + title);
        MimeMessage toWaiting = TrainingApiIT.mailTo(waiting, "Gewijzigd: " + title);
        assertThat(TrainingApiIT.text(toConfirmed)).contains("13:00–16:00");
        assertThat(TrainingApiIT.text(toWaiting)).contains("13:00–16:00");
        TrainingApiIT.registrationLink(toWaiting);
        assertThat(TrainingApiIT.icsAttachment(toWaiting)).as("no appointment for who is waiting").isEmpty();

        Map<String, VEvent> changed = events(TrainingApiIT.icsAttachment(toConfirmed).orElseThrow());
        assertThat(changed).containsOnlyKeys(uids);
        assertThat(value(changed.get(uids.get(0)), Property.STATUS)).as("the day taken away").isEqualTo("CANCELLED");
        assertThat(value(changed.get(uids.get(1)), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(changed.get(uids.get(1)), Property.DTSTART)).startsWith(compact(first.plusDays(7)) + "T0900");
        assertThat(value(changed.get(uids.get(2)), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(changed.get(uids.get(2)), Property.DTSTART)).as("the moved day, same UID")
                .startsWith(compact(first.plusDays(14)) + "T1300");
        assertThat(changed.values()).as("a higher SEQUENCE than the imported one, so calendars take the change")
                .allSatisfy(event -> assertThat(sequence(event)).isGreaterThan(importedSequence));
    }

    /** Registers this address, expects this status; the self-service token. */
    private static String registered(String session, String email, String status) {
        HttpResponse<String> response = TrainingApiIT.register(session, TrainingApiIT.registration(email));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject result = Http.json(response).asJsonObject();
        assertThat(result.getString("status")).as(email).isEqualTo(status);
        return result.getString("cancelToken");
    }

    private static JsonObject registration(String token) {
        HttpResponse<String> response = Http.get("/api/registrations/" + token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).asJsonObject();
    }

    private static JsonObject coordinatorView(String session) {
        HttpResponse<String> response = Http.get("/api/sessions/" + session, "coordinator", PW);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).asJsonObject();
    }

    /** The coordinator saves the draft with other days; the session as it is now. */
    private static JsonObject changeDays(String session, JsonObject draft, JsonArray dates, int version) {
        HttpResponse<String> saved = Http.put("/api/sessions/" + session,
                Json.createObjectBuilder(draft).add("dates", dates).add("version", version).build().toString(), "coordinator", PW);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return Http.json(saved).asJsonObject();
    }

    private static JsonObject day(LocalDate day, String startsAt, String endsAt) {
        return Json.createObjectBuilder().add("day", day.toString()).add("startsAt", startsAt).add("endsAt", endsAt).build();
    }

    /** The problem (RFC 9457) in a response with this status. */
    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return Http.json(response).asJsonObject();
    }

    /** The events of an iCalendar text by UID (iCal4j, as a calendar program reads it). */
    private static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(event -> value(event, Property.UID), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse("");
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(value(event, Property.SEQUENCE));
    }

    private static String compact(LocalDate day) {
        return day.toString().replace("-", "");
    }
}
