package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The registration rules under a real rush, against the deployed EAR (on H2; on the PostgreSQL cluster the rush is
 * ClusterIT's, with an instance killed in the middle of it): 300 people
 * register at the same moment for a 20-seat session, each from an address of their own (127.0.x.y), then
 * five confirmed people cancel through their link; exactly the first five waiting are promoted and mailed.
 * Ten people who come later, one after the other, line up at the end of the queue in the order they came.
 */
class TrainingRushIT {

    private static final int SEATS = 20;
    private static final int PEOPLE = 300;
    private static final int LATER = 10;

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
                    String json = registration(email, person);
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
            List<String> promoted = waiting.subList(0, 5).stream().map(Attempt::email).toList();
            JsonArray nowConfirmed = TrainingSessionsFixture.registrations(session, "CONFIRMED", PEOPLE);
            assertThat(nowConfirmed.getValuesAs(JsonObject.class).stream().map(row -> row.getString("email")))
                    .hasSize(SEATS).containsAll(promoted);
            JsonArray stillWaiting = TrainingSessionsFixture.registrations(session, "WAITLISTED", PEOPLE);
            assertThat(stillWaiting.getValuesAs(JsonObject.class).stream().map(row -> row.getInt("position")).toList())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS - 5).boxed().toList());
            assertThat(stillWaiting.getJsonObject(0).getString("email")).isEqualTo(waiting.get(5).email());

            GreenMail mailbox = DeployedApp.mailbox();
            awaitPromotionMails(mailbox, run, promoted.size());

            // later arrivals, each after the answer to the one before (from addresses of their own): each gets the
            // next place, at the end of the queue
            List<String> later = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            for (int n = 0; n < LATER; n++) {
                String email = "rush-" + run + "-later-" + n + "@example.org";
                LoopbackClient.Response response = LoopbackClient.postJson(LoopbackClient.address(PEOPLE + n),
                        "/api/sessions/" + session + "/registrations", registration(email, PEOPLE + n));
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
                assertThat(answer.getString("status")).isEqualTo("WAITLISTED");
                later.add(email);
                places.add(answer.getInt("position"));
            }
            int queued = PEOPLE - SEATS - 5;
            assertThat(places).as("consecutive places after the " + queued + " still waiting")
                    .containsExactlyElementsOf(IntStream.rangeClosed(queued + 1, queued + LATER).boxed().toList());
            List<String> queue = TrainingSessionsFixture.registrations(session, "WAITLISTED", PEOPLE)
                    .getValuesAs(JsonObject.class).stream().map(row -> row.getString("email")).toList();
            assertThat(queue).hasSize(queued + LATER);
            assertThat(queue.subList(queued, queue.size())).as("the end of the organiser's waiting list").containsExactlyElementsOf(later);

            // by now a promotion mail to anyone else would have arrived too: exactly the five promoted got one,
            // once each, and the sixth in line (still waiting) none
            List<String> mailed = promotionMailRecipients(mailbox, run);
            assertThat(mailed).containsExactlyInAnyOrderElementsOf(promoted).doesNotContain(waiting.get(5).email());
        } finally {
            clients.shutdownNow();
        }
    }

    private static String registration(String email, int person) {
        return Json.createObjectBuilder()
                .add("firstName", "Deelnemer").add("lastName", "Nummer " + person).add("email", email)
                .add("organisation", "School " + person % 7).add("sector", "EDUCATION").add("function", "leerkracht")
                .add("consent", true).build().toString();
    }

    /** Waits (at most 30 s) until this many promotion mails reached people of this run; mails leave after the commit. */
    private static void awaitPromotionMails(GreenMail mailbox, String run, int expected) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (promotionMailRecipients(mailbox, run).size() < expected && System.nanoTime() < until) {
            mailbox.waitForIncomingEmail(1_000, mailbox.getReceivedMessages().length + 1);
        }
        assertThat(promotionMailRecipients(mailbox, run)).as("promotion mails within 30 s").hasSizeGreaterThanOrEqualTo(expected);
    }

    /** The exact address of every promotion mail ("Er is een plaats vrij…") to someone of this run, one per mail. */
    private static List<String> promotionMailRecipients(GreenMail mailbox, String run) {
        return Arrays.stream(mailbox.getReceivedMessages())
                .filter(mail -> subject(mail).contains("plaats vrij"))
                .flatMap(mail -> recipients(mail).stream())
                .filter(address -> address.startsWith("rush-" + run + "-"))
                .toList();
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(address -> ((InternetAddress) address).getAddress()).toList();
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
