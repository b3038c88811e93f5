package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The registration rules under a real rush, against the deployed EAR (on H2 and on PostgreSQL): 300 people
 * register at the same moment for a 20-seat session, each from an address of their own (127.0.x.y), then
 * five confirmed people cancel through their link.
 */
class TrainingRushIT {

    private static final int SEATS = 20;
    private static final int PEOPLE = 300;

    record Attempt(int person, String email, int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    @Test
    void threeHundredAtOnceForTwentySeatsThenFiveCancel() throws Exception {
        String session = TrainingSessionsFixture.publishedSession("Rush: twintig plaatsen", SEATS);
        String run = Long.toString(System.nanoTime(), 36);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(PEOPLE);
        List<Future<Attempt>> futures = new ArrayList<>();
        try {
            for (int n = 0; n < PEOPLE; n++) {
                int person = n;
                futures.add(clients.submit(() -> {
                    String email = "rush-" + run + "-" + person + "@example.org";
                    String json = Json.createObjectBuilder()
                            .add("firstName", "Deelnemer").add("lastName", "Nummer " + person).add("email", email)
                            .add("organisation", "School " + person % 7).add("sector", "EDUCATION").add("function", "leerkracht")
                            .add("consent", true).build().toString();
                    go.await();
                    LoopbackClient.Response response = LoopbackClient.postJson(
                            LoopbackClient.address(person), "/api/sessions/" + session + "/registrations", json);
                    return new Attempt(person, email, response.status(), response.body());
                }));
            }
            go.countDown();
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> future : futures) {
                attempts.add(future.get());
            }

            assertThat(attempts).as("no errors, every attempt answered 201")
                    .allSatisfy(attempt -> assertThat(attempt.status()).as(attempt.body()).isEqualTo(201));
            List<Attempt> confirmed = attempts.stream()
                    .filter(attempt -> "CONFIRMED".equals(attempt.json().getString("status"))).toList();
            List<Attempt> waiting = attempts.stream()
                    .filter(attempt -> "WAITLISTED".equals(attempt.json().getString("status")))
                    .sorted(Comparator.comparingInt(attempt -> attempt.json().getInt("position")))
                    .toList();
            assertThat(confirmed).hasSize(SEATS);
            assertThat(waiting).hasSize(PEOPLE - SEATS);
            assertThat(waiting.stream().map(attempt -> attempt.json().getInt("position")))
                    .as("distinct positions 1..280").containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());

            // arrival order: the organiser's waiting list is in queue order, and each person's answer
            // told them the place they have in it
            JsonArray list = TrainingSessionsFixture.registrations(session, "WAITLISTED", PEOPLE);
            assertThat(list).hasSize(PEOPLE - SEATS);
            assertThat(list.getValuesAs(JsonObject.class).stream().map(row -> row.getString("email")).toList())
                    .containsExactlyElementsOf(waiting.stream().map(Attempt::email).toList());
            assertThat(list.getValuesAs(JsonObject.class).stream().map(row -> Instant.parse(row.getString("registeredAt"))).toList())
                    .as("registered in the order of their places").isSortedAccordingTo(Comparator.naturalOrder());

            // five confirmed people cancel through their link: the first five waiting get the seats, and a mail
            for (Attempt leaving : confirmed.subList(0, 5)) {
                HttpResponse<String> cancelled = Http.delete("/api/registrations/" + leaving.json().getString("cancelToken"));
                assertThat(cancelled.statusCode()).as(cancelled.body()).isBetween(200, 204);
            }
            Set<String> promoted = waiting.subList(0, 5).stream().map(Attempt::email).collect(Collectors.toSet());
            JsonArray nowConfirmed = TrainingSessionsFixture.registrations(session, "CONFIRMED", PEOPLE);
            assertThat(nowConfirmed.getValuesAs(JsonObject.class).stream().map(row -> row.getString("email")))
                    .hasSize(SEATS).containsAll(promoted);
            JsonArray stillWaiting = TrainingSessionsFixture.registrations(session, "WAITLISTED", PEOPLE);
            assertThat(stillWaiting.getValuesAs(JsonObject.class).stream().map(row -> row.getInt("position")).toList())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS - 5).boxed().toList());
            assertThat(stillWaiting.getJsonObject(0).getString("email")).isEqualTo(waiting.get(5).email());

            GreenMail mailbox = DeployedApp.mailbox();
            for (String email : promoted) {
                assertThat(promotionMailTo(mailbox, email)).as("promotion mail to " + email).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static boolean promotionMailTo(GreenMail mailbox, String email) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        do {
            boolean found = Arrays.stream(mailbox.getReceivedMessages())
                    .anyMatch(mail -> to(mail).contains(email) && subject(mail).contains("plaats vrij"));
            if (found) {
                return true;
            }
            mailbox.waitForIncomingEmail(1_000, mailbox.getReceivedMessages().length + 1);
        } while (System.nanoTime() < until);
        return false;
    }

    private static String to(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate inTwoWeeks() {
        return LocalDate.now().plusDays(14);
    }
}
