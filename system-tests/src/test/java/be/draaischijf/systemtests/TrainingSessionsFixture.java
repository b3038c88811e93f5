package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Sessions for the black-box tests, made and published through the REST API as a coordinator. */
final class TrainingSessionsFixture {

    private TrainingSessionsFixture() {
    }

    /** A published info session in two weeks with this many seats, open for registration now; its id. */
    static String publishedSession(String title, int capacity) {
        LocalDate day = LocalDate.now().plusDays(14);
        String draft = Json.createObjectBuilder()
                .add("kind", "INFO_SESSION")
                .add("title", title)
                .add("description", "Een sessie van de black-box tests.")
                .add("venueName", "Centraal Meldpunt")
                .add("venueAddress", "Francis Wellesplein 1, 2018 Antwerpen")
                .add("dates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", day.toString()).add("startsAt", "09:30").add("endsAt", "12:00")))
                .add("capacity", capacity)
                .add("version", 0)
                .build().toString();
        HttpResponse<String> created = Http.post("/api/sessions", "application/json", draft, "coordinator", "demo");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject session = Http.json(created).asJsonObject();
        String id = session.getString("id");
        HttpResponse<String> published = Http.post("/api/sessions/" + id + "/publish", "application/json",
                Json.createObjectBuilder().add("version", session.getInt("version")).build().toString(), "coordinator", "demo");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** The organiser's list of a session's registrations with this status, in list order. */
    static JsonArray registrations(String session, String status, int size) {
        HttpResponse<String> list = Http.get("/api/sessions/" + session + "/registrations?status=" + status + "&size=" + size,
                "coordinator", "demo");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Http.json(list).asJsonArray();
    }

    /**
     * After a rush: each acknowledged registration stored exactly once and nothing else, no more confirmed than the
     * session's seats, the others on the waiting list in places 1..n without gaps. Returns the confirmed rows.
     */
    static JsonArray assertEachStoredOnce(String session, int seats, List<String> acknowledgedEmails) {
        JsonArray confirmed = registrations(session, "CONFIRMED", 500);
        JsonArray waiting = registrations(session, "WAITLISTED", 500);
        assertThat(confirmed).as("no overbooking").hasSize(seats);
        List<String> stored = new ArrayList<>();
        confirmed.getValuesAs(JsonObject.class).forEach(row -> stored.add(row.getString("email")));
        waiting.getValuesAs(JsonObject.class).forEach(row -> stored.add(row.getString("email")));
        assertThat(stored).as("each acknowledged registration once, nothing else")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledgedEmails);
        assertThat(waiting.getValuesAs(JsonObject.class).stream()
                        .map(row -> row.getInt("position")).toList())
                .as("places on the waiting list without gaps")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, acknowledgedEmails.size() - seats)
                        .boxed().toList());
        return confirmed;
    }
}
