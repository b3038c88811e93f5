package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Trainings and info sessions over the REST API, as a script (or a partner's website) would use it: a
 * coordinator creates and publishes a session; anyone registers without an account and gets a seat or a place
 * on the waiting list; a cancellation through the self-service token promotes the first waiting person; the
 * calendar feed and the .ics; problems for bad input, a second registration, abuse and missing rights.
 */
class TrainingApiIT {

    static final String JSON = "application/json";
    static final String PW = "demo";

    @Test
    void aFullSessionPutsPeopleOnTheWaitingListAndACancellationPromotesTheFirstOfThem() {
        JsonObject session = publishedSession("Waiting list", 1);
        String id = session.getString("id");
        String first = unique("eerste");
        String second = unique("tweede");
        String third = unique("derde");

        HttpResponse<String> seat = register(id, registration(first));
        assertThat(seat.statusCode()).as(seat.body()).isEqualTo(201);
        JsonObject confirmed = Http.json(seat).asJsonObject();
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(!confirmed.containsKey("position") || confirmed.isNull("position")).as("no waiting-list position").isTrue();
        String firstToken = confirmed.getString("cancelToken");
        assertThat(firstToken).hasSizeGreaterThanOrEqualTo(40);
        assertThat(seat.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/registrations/" + firstToken));

        JsonObject waiting1 = Http.json(register(id, registration(second))).asJsonObject();
        JsonObject waiting2 = Http.json(register(id, registration(third))).asJsonObject();
        assertThat(waiting1.getString("status")).isEqualTo("WAITLISTED");
        assertThat(waiting1.getInt("position")).isEqualTo(1);
        assertThat(waiting2.getString("status")).isEqualTo("WAITLISTED");
        assertThat(waiting2.getInt("position")).isEqualTo(2);

        JsonObject publicView = Http.json(Http.get("/api/sessions/" + id)).asJsonObject();
        assertThat(publicView.getInt("freePlaces")).isZero();
        assertThat(publicView.getInt("waiting")).isEqualTo(2);

        // the first person cancels through the link in their mail: the first waiting one gets the seat
        HttpResponse<String> cancelled = delete("/api/registrations/" + firstToken);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Http.json(cancelled).asJsonObject().getString("outcome")).isEqualTo("CANCELLED");
        JsonObject promoted = Http.json(Http.get("/api/registrations/" + waiting1.getString("cancelToken"))).asJsonObject();
        assertThat(promoted.getString("status")).isEqualTo("CONFIRMED");
        JsonObject stillWaiting = Http.json(Http.get("/api/registrations/" + waiting2.getString("cancelToken"))).asJsonObject();
        assertThat(stillWaiting.getString("status")).isEqualTo("WAITLISTED");
        assertThat(stillWaiting.getInt("position")).isEqualTo(1);
        assertThat(subject(mailTo(second, "plaats vrij"))).contains(session.getString("title"));

        // a second cancel says so; an unknown token is a 404 problem
        assertThat(Http.json(delete("/api/registrations/" + firstToken)).asJsonObject().getString("outcome"))
                .isEqualTo("ALREADY_CANCELLED");
        HttpResponse<String> unknown = delete("/api/registrations/" + "x".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aSecondRegistrationWithTheSameAddressIsAFriendlyConflictNotADuplicate() {
        String id = publishedSession("Duplicate", 10).getString("id");
        String email = unique("dubbel");
        assertThat(register(id, registration(email)).statusCode()).isEqualTo(201);

        HttpResponse<String> again = register(id, registration(email.toUpperCase(java.util.Locale.ROOT)));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = Http.json(again).asJsonObject();
        assertThat(problem.getString("title")).isEqualTo("Al ingeschreven");
        assertThat(problem.getString("detail")).contains("mailbox");
        assertThat(participants(id, null).headers().firstValue("X-Total-Count")).hasValue("1");
    }

    @Test
    void aRobotThatFillsTheHoneypotGetsANormalAnswerButNothingIsStored() {
        String id = publishedSession("Honeypot", 10).getString("id");
        String email = unique("robot");
        JsonObject body = Json.createObjectBuilder(registration(email)).add("website", "http://spam.example.org").build();

        HttpResponse<String> answer = register(id, body);
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(Http.json(answer).asJsonObject().getString("status")).isEqualTo("CONFIRMED");
        HttpResponse<String> list = participants(id, null);
        assertThat(list.headers().firstValue("X-Total-Count")).hasValue("0");
        assertThat(list.body()).doesNotContain(email);
        assertThat(Http.json(Http.get("/api/sessions/" + id)).asJsonObject().getInt("confirmed")).isZero();
    }

    @Test
    void aCallerWhoAsksForEnglishGetsTheSameProblemsInEnglishAndOthersGetDutch() {
        String id = publishedSession("English problems", 10).getString("id");
        String bad = Json.createObjectBuilder().add("firstName", "").add("lastName", "Test")
                .add("email", "geen-adres").add("consent", false).build().toString();

        JsonObject english = Http.json(Http.post("/api/sessions/" + id + "/registrations", JSON, bad, null, null,
                "en-GB,en;q=0.9,nl;q=0.8")).asJsonObject();
        JsonObject dutch = Http.json(Http.post("/api/sessions/" + id + "/registrations", JSON, bad, null, null,
                "nl-BE,nl;q=0.9")).asJsonObject();
        JsonObject french = Http.json(Http.post("/api/sessions/" + id + "/registrations", JSON, bad, null, null,
                "fr-BE")).asJsonObject();

        assertThat(english.getString("title")).isEqualTo("Invalid input");
        assertThat(english.getString("detail")).isEqualTo("One or more fields are not filled in correctly.");
        assertThat(english.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("message")).toList())
                .contains("fill in your first name", "enter an e-mail address in the correct format, like name@example.com",
                        "you must agree to the privacy notice to register");
        assertThat(dutch.getString("title")).isEqualTo("Ongeldige invoer");
        assertThat(dutch.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("message")).toList())
                .contains("vul je voornaam in", "vul een e-mailadres in zoals naam@voorbeeld.be");
        assertThat(french.getString("title")).as("Dutch for any other language").isEqualTo("Ongeldige invoer");

        JsonObject first = Json.createObjectBuilder().add("firstName", "Emma").add("lastName", "English")
                .add("email", "emma.english." + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
                .add("consent", true).build();
        assertThat(register(id, first).statusCode()).isEqualTo(201);
        HttpResponse<String> again = Http.post("/api/sessions/" + id + "/registrations", JSON, first.toString(), null, null,
                "en");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(again).asJsonObject().getString("title")).isEqualTo("Already registered");
        assertThat(Http.json(again).asJsonObject().getString("detail")).startsWith("This e-mail address is already registered");
        assertThat(Http.json(again).asJsonObject().getString("reason")).isEqualTo("ALREADY_REGISTERED");

        HttpResponse<String> anonymous = Http.get("/api/me", "nobody", "wrong", "en");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Http.json(anonymous).asJsonObject().getString("title")).isEqualTo("Not logged in");
    }

    @Test
    void badInputIsA400ProblemNamingEachField() {
        String id = publishedSession("Bad input", 10).getString("id");
        JsonObject body = Json.createObjectBuilder().add("firstName", "").add("lastName", "Test")
                .add("email", "geen-adres").add("consent", false).build();

        HttpResponse<String> refused = register(id, body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonObject problem = Http.json(refused).asJsonObject();
        assertThat(problem.getString("title")).isEqualTo("Ongeldige invoer");
        assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                .containsExactlyInAnyOrder("firstName", "email", "consent");
        assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("message")).toList())
                .contains("vul je voornaam in", "vul een e-mailadres in zoals naam@voorbeeld.be");

        HttpResponse<String> notJson = Http.post("/api/sessions/" + id + "/registrations", JSON, "{", null, null);
        assertThat(notJson.statusCode()).isEqualTo(400);
        HttpResponse<String> unknownSession = register(UUID.randomUUID().toString(), registration(unique("niemand")));
        assertThat(unknownSession.statusCode()).isEqualTo(404);
    }

    @Test
    void theFeedAndTheIcsAreServedAsTextCalendar() {
        JsonObject session = publishedSession("Feed", 10);
        String id = session.getString("id");

        HttpResponse<String> feed = Http.get("/api/calendar.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE", "TZID:Europe/Brussels",
                "BEGIN:VEVENT", foldedOut(session.getString("title")));

        HttpResponse<String> ics = Http.get("/api/sessions/" + id + ".ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(ics.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains(".ics"));
        assertThat(ics.body()).contains("BEGIN:VEVENT", "DTSTART;TZID=Europe/Brussels");

        HttpResponse<String> list = Http.get("/api/sessions?size=500");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Http.json(list).asJsonArray().stream().map(s -> s.asJsonObject().getString("id")).toList()).contains(id);
    }

    @Test
    void theSessionListComesInPagesInOneStableOrderWithTheTotalInXTotalCount() {
        // three sessions starting at the same moment: only a tie-break keeps them in one order across pages
        for (int i = 0; i < 3; i++) {
            publishedSession("Paging", 5);
        }
        HttpResponse<String> whole = Http.get("/api/sessions?size=500");
        assertThat(whole.statusCode()).isEqualTo(200);
        int total = Integer.parseInt(whole.headers().firstValue("X-Total-Count").orElseThrow());
        List<String> all = ids(Http.json(whole).asJsonArray());
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(all).hasSize(Math.min(total, 500)).doesNotHaveDuplicates();

        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 25) {
            HttpResponse<String> page = Http.get("/api/sessions?offset=" + offset + "&size=25");
            assertThat(page.headers().firstValue("X-Total-Count")).as("offset " + offset).hasValue(Integer.toString(total));
            paged.addAll(ids(Http.json(page).asJsonArray()));
        }
        assertThat(paged).containsExactlyElementsOf(all);
        HttpResponse<String> beyond = Http.get("/api/sessions?offset=" + total + "&size=25");
        assertThat(Http.json(beyond).asJsonArray()).isEmpty();
        assertThat(beyond.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(total));
    }

    @Test
    void onlyCoordinatorsCreateSessionsAndSeeTheParticipants() {
        String draft = draft("Rights", 5).toString();
        assertThat(Http.post("/api/sessions", JSON, draft, null, null).statusCode()).isEqualTo(401);
        assertThat(Http.post("/api/sessions", JSON, draft, "professional", PW).statusCode()).isEqualTo(403);

        JsonObject session = publishedSession("Rights", 5);
        String id = session.getString("id");
        HttpResponse<String> anonymous = Http.get("/api/sessions/" + id + "/registrations");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.get("/api/sessions/" + id + "/registrations", "professional", PW).statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/sessions/" + id + "/registrations.csv", "partner.depassage", PW).statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/sessions/" + id + "/registrations", "coordinator", PW).statusCode()).isEqualTo(200);
        assertThat(Http.get("/api/newsletter/subscribers.csv").statusCode()).isEqualTo(401);

        // a draft is unknown to the public
        HttpResponse<String> created = Http.post("/api/sessions", JSON, draft, "coordinator", PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String draftId = Http.json(created).asJsonObject().getString("id");
        assertThat(Http.get("/api/sessions/" + draftId).statusCode()).isEqualTo(404);
        assertThat(Http.get("/api/sessions/" + draftId, "coordinator", PW).statusCode()).isEqualTo(200);
        assertThat(register(draftId, registration(unique("ontwerp"))).statusCode()).isIn(404, 409);
    }

    @Test
    void tooManyAttemptsFromOneAddressAreRefusedWith429AndRetryAfter() throws Exception {
        String id = publishedSession("Rate limit", 10).getString("id");
        String honeypot = Json.createObjectBuilder(registration(unique("snel"))).add("website", "x").build().toString();
        int limit = DeployedApp.RATE_LIMIT_PER_MINUTE;
        // from another loopback address than the rest of the tests, so their own limit is not used up
        RawResponse first = rawPost("127.0.0.7", "/api/sessions/" + id + "/registrations", honeypot);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("RateLimit-Policy")).as("the limit in force, announced").hasValue(limit + ";w=60");

        // a new address has the whole minute's allowance at once
        for (int attempt = 2; attempt <= limit; attempt++) {
            RawResponse within = rawPost("127.0.0.7", "/api/sessions/" + id + "/registrations", honeypot);
            assertThat(within.status()).as("attempt " + attempt + " of " + limit).isEqualTo(201);
        }
        // then it refills at the limit per minute: one of the next few attempts is refused
        RawResponse last = first;
        for (int attempt = 1; attempt <= 20 && last.status() != 429; attempt++) {
            last = rawPost("127.0.0.7", "/api/sessions/" + id + "/registrations", honeypot);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
        assertThat(last.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(last.body()).contains("Te veel pogingen");
        // other addresses are not affected
        assertThat(register(id, registration(unique("ander"))).statusCode()).isEqualTo(201);
    }

    // --- helpers, also used by TrainingBrowserIT

    static JsonObject draft(String title, int capacity) {
        LocalDate day = LocalDate.now().plusDays(20);
        return Json.createObjectBuilder()
                .add("kind", "TRAINING")
                .add("title", "Test " + title + " " + UUID.randomUUID().toString().substring(0, 6))
                .add("description", "Een vorming om te testen.")
                .add("themes", Json.createArrayBuilder().add("DROPOUT"))
                .add("audience", Json.createArrayBuilder().add("EDUCATION"))
                .add("trainers", "Test Trainer")
                .add("venueName", "Testzaal")
                .add("venueAddress", "Teststraat 1, 2000 Antwerpen")
                .add("dates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", day.toString()).add("startsAt", "09:00").add("endsAt", "12:30")))
                .add("capacity", capacity)
                .add("version", 0)
                .build();
    }

    /** A new published session with this capacity, created by the demo coordinator. */
    static JsonObject publishedSession(String title, int capacity) {
        return published(draft(title, capacity));
    }

    /** This draft, created and published by the demo coordinator; the published session. */
    static JsonObject published(JsonObject draft) {
        HttpResponse<String> created = Http.post("/api/sessions", JSON, draft.toString(), "coordinator", PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject session = Http.json(created).asJsonObject();
        assertThat(session.getString("status")).isEqualTo("DRAFT");
        HttpResponse<String> published = Http.post("/api/sessions/" + session.getString("id") + "/publish", JSON,
                Json.createObjectBuilder().add("version", session.getInt("version")).build().toString(), "coordinator", PW);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonObject view = Http.json(published).asJsonObject();
        assertThat(view.getString("status")).isEqualTo("PUBLISHED");
        return view;
    }

    static JsonObject registration(String email) {
        return Json.createObjectBuilder()
                .add("firstName", email.substring(0, email.indexOf('.')))
                .add("lastName", "Test")
                .add("email", email)
                .add("organisation", "Testschool")
                .add("sector", "EDUCATION")
                .add("function", "leerkracht")
                .add("consent", true)
                .build();
    }

    static HttpResponse<String> register(String sessionId, JsonObject body) {
        return Http.post("/api/sessions/" + sessionId + "/registrations", JSON, body.toString(), null, null);
    }

    static HttpResponse<String> participants(String sessionId, String status) {
        return Http.get("/api/sessions/" + sessionId + "/registrations?size=500" + (status == null ? "" : "&status=" + status),
                "coordinator", PW);
    }

    static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@school.example.org";
    }

    static HttpResponse<String> delete(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(DeployedApp.baseUrl() + path))
                    .header("Accept", JSON).DELETE().timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A long summary is folded at 75 octets in iCalendar: look for its start only. */
    static String foldedOut(String text) {
        return text.length() > 30 ? text.substring(0, 30) : text;
    }

    record RawResponse(int status, String headers, String body) {
        Optional<String> header(String name) {
            return Arrays.stream(headers.split("\r\n")).filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst();
        }
    }

    /** A plain HTTP/1.1 POST from a chosen loopback source address (java.net.http cannot choose one on Java 17). */
    static RawResponse rawPost(String from, String path, String json) throws IOException {
        URI base = URI.create(DeployedApp.baseUrl());
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nConnection: close\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new RawResponse(status, head, split < 0 ? "" : response.substring(split + 4));
        }
    }

    // --- mail

    /** The first mail to this address whose subject has {@code subject}, waiting at most 20 seconds for it. */
    static MimeMessage mailTo(String address, String subject) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            Optional<MimeMessage> found = Arrays.stream(DeployedApp.mailbox().getReceivedMessages())
                    .filter(mail -> to(mail).equalsIgnoreCase(address) && subject(mail).contains(subject)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            DeployedApp.mailbox().waitForIncomingEmail(500, DeployedApp.mailbox().getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail '" + subject + "' to " + address + " within 20 seconds");
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(DeployedApp.mailbox().getReceivedMessages()).filter(mail -> to(mail).equalsIgnoreCase(address)).toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    static String to(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a mail: the plain text body, also inside a multipart (with attachments). */
    static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof String plain) {
                return plain;
            }
            StringBuilder text = new StringBuilder();
            Multipart parts = (Multipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain") && part.getFileName() == null) {
                    text.append(part.getContent());
                } else if (part.getContent() instanceof Multipart nested) {
                    for (int j = 0; j < nested.getCount(); j++) {
                        if (nested.getBodyPart(j).isMimeType("text/plain")) {
                            text.append(nested.getBodyPart(j).getContent());
                        }
                    }
                }
            }
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The .ics attachment of a mail, as text; empty when there is none. */
    static Optional<String> icsAttachment(MimeMessage mail) {
        try {
            if (!(mail.getContent() instanceof Multipart parts)) {
                return Optional.empty();
            }
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/calendar") || (part.getFileName() != null && part.getFileName().endsWith(".ics"))) {
                    try (InputStream in = part.getInputStream()) {
                        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The self-service link in a mail ({@code <base URL>/inschrijving/<token>}), exactly as mailed. */
    static String registrationLink(MimeMessage mail) {
        return MailLinks.link(text(mail), "/inschrijving/");
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8));
    }

    static List<String> ids(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).map(o -> o.getString("id")).toList();
    }
}
