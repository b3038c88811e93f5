package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.DE_PASSAGE_OFFER;
import static be.draaischijf.systemtests.ReferralApiIT.conference;
import static be.draaischijf.systemtests.ReferralApiIT.detail;
import static be.draaischijf.systemtests.ReferralApiIT.intake;
import static be.draaischijf.systemtests.ReferralApiIT.post;
import static be.draaischijf.systemtests.ReferralApiIT.submit;
import static be.draaischijf.systemtests.ReferralApiIT.uniqueFirstName;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Case work while the mail server hangs (it takes the connection and never answers): every answer comes at once,
 * because mails wait in the outbox; when the mail server is back, each mail arrives once, as it would have. The
 * outbox tries again after a minute, so this waits real minutes (on PostgreSQL only, like the reminder timer).
 */
@ResourceLock(MailOutageIT.MAIL_SERVER)
class MailOutageIT {

    /** The tests' mail server, which this class stops and starts again: no class that waits for a mail runs meanwhile. */
    static final String MAIL_SERVER = "mail-server";

    static final String JSON = "application/json";
    static final String PW = "demo";
    /** A mail sent in the request would wait for the mail server's 10-second time-out. */
    static final Duration IMMEDIATE = Duration.ofSeconds(5);

    @Test
    void caseWorkGoesOnWhileTheMailServerHangsAndEveryMailArrivesOnceWhenItIsBack() throws Exception {
        DeployedApp.baseUrl();
        int port = DeployedApp.stopMailServer();
        String reference;
        try (MailServerThatHangs hanging = new MailServerThatHangs(port)) {
            // a young person from Berchem: the Centraal Meldpunt's case, whose coordinator hears of the partner's answer
            JsonObject submitted = immediately("submitting a referral",
                    () -> submit("professional", intake(uniqueFirstName(), true).add("district", "BERCHEM")));
            String caseId = submitted.getString("id");
            reference = submitted.getString("reference");
            JsonObject inAnalysis = immediately("a status change", () -> post("/api/referrals/" + caseId + "/status",
                    Json.createObjectBuilder().add("version", detail(caseId, "coordinator").getInt("version"))
                            .add("to", "IN_ANALYSIS"), "coordinator", 200));
            JsonObject referred = immediately("referring to an offer", () -> post("/api/referrals/" + caseId + "/offer-referrals",
                    Json.createObjectBuilder().add("version", inAnalysis.getInt("version")).add("offerId", DE_PASSAGE_OFFER),
                    "coordinator", 201));
            JsonObject offerReferral = referred.getJsonArray("offerReferrals").getJsonObject(0);
            immediately("the partner's answer", () -> post("/api/offer-referrals/" + offerReferral.getString("id") + "/answer",
                    Json.createObjectBuilder().add("version", offerReferral.getInt("version")).add("to", "ACCEPTED"),
                    "partner.depassage", 200));
            immediately("planning a case conference", () -> post("/api/referrals/" + caseId + "/conferences",
                    Json.createObjectBuilder().add("version", detail(caseId, "coordinator").getInt("version"))
                            .add("conference", conference("", false)), "coordinator", 201));
            assertThat(hanging.connections()).as("the application did try the mail server").isPositive();
            assertThat(DeployedApp.mailbox().getReceivedMessages()).isEmpty();
        }
        DeployedApp.startMailServer(port);
        // the administrator sends what waited at once, instead of everyone waiting for the outbox's next try
        HttpResponse<String> sendNow = Http.post("/api/outbox/send", JSON, "", "admin", PW);
        assertThat(sendNow.statusCode()).as(sendNow.body()).isEqualTo(200);

        // address and the start of the subject of each mail the outage held back
        List<String[]> expected = List.of(
                new String[] {"professional@example.org", "Draaischijf: je vraag " + reference + " is ontvangen"},
                new String[] {"coordinator@example.org", "Draaischijf: nieuwe aanmelding " + reference + " voor Centraal Meldpunt"},
                new String[] {"partner.depassage@example.org", "Draaischijf: nieuwe doorverwijzing " + reference},
                new String[] {"coordinator@example.org", "Draaischijf: antwoord van De Twee Gezusters – De Passage op " + reference},
                new String[] {"partner.emmaus@example.org", "Draaischijf: uitnodiging netwerkoverleg " + reference});
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!expected.stream().allMatch(mail -> copies(mail[0], mail[1]) > 0) && System.nanoTime() < until) {
            DeployedApp.mailbox().waitForIncomingEmail(10_000, DeployedApp.mailbox().getReceivedMessages().length + 1);
        }
        for (String[] mail : expected) {
            assertThat(copies(mail[0], mail[1])).as("once the mail server is back, one mail to " + mail[0] + ": " + mail[1])
                    .isEqualTo(1);
        }

        // nothing of this case is left to send, so no mail can come a second time
        HttpResponse<String> pending = Http.get("/api/outbox?state=PENDING&size=500", "admin", PW);
        assertThat(pending.statusCode()).as(pending.body()).isEqualTo(200);
        assertThat(pending.body()).doesNotContain(reference);
        HttpResponse<String> failed = Http.get("/api/outbox?state=FAILED&size=500", "admin", PW);
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
        assertThat(failed.body()).doesNotContain(reference);
        MimeMessage confirmation = Arrays.stream(DeployedApp.mailbox().getReceivedMessages())
                .filter(m -> subject(m).startsWith("Draaischijf: je vraag " + reference)).findFirst().orElseThrow();
        assertThat(GreenMailUtil.getBody(confirmation)).as("the same text as ever").contains(reference)
                .contains("/mijn/aanmeldingen/").contains("Dear colleague");
    }

    @Test
    void theOutboxIsForAdministratorsOnly() {
        assertThat(Http.get("/api/outbox?state=FAILED", "coordinator", PW).statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/outbox?state=FAILED").statusCode()).isEqualTo(401);
        HttpResponse<String> failed = Http.get("/api/outbox?state=FAILED", "admin", PW);
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(Http.get("/api/outbox?state=LOST", "admin", PW).statusCode()).isEqualTo(400);
        assertThat(Http.post("/api/outbox/send", JSON, "", "coordinator", PW).statusCode()).isEqualTo(403);
        assertThat(Http.post("/api/outbox/send", JSON, "", null, null).statusCode()).isEqualTo(401);
    }

    private static <T> T immediately(String what, Supplier<T> request) {
        long start = System.nanoTime();
        T result = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what + " while the mail server hangs").isLessThan(IMMEDIATE);
        return result;
    }

    /**
     * How many times this address got a mail whose subject starts so: the mailbox keeps one copy of a mail per
     * recipient, so a mail to several counts once for each of them.
     */
    private static long copies(String address, String subjectStart) {
        return Arrays.stream(DeployedApp.mailbox().getReceivedMessages())
                .filter(mail -> subject(mail).startsWith(subjectStart))
                .filter(mail -> Arrays.asList(to(mail).split(",\\s*")).contains(address))
                .count() / Math.max(1, Arrays.stream(DeployedApp.mailbox().getReceivedMessages())
                .filter(mail -> subject(mail).startsWith(subjectStart))
                .filter(mail -> Arrays.asList(to(mail).split(",\\s*")).contains(address))
                .findFirst().map(mail -> to(mail).split(",\\s*").length).orElse(1));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail server that hangs: it takes every connection on the port and never says a word. */
    static final class MailServerThatHangs implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        MailServerThatHangs(int port) {
            try {
                socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        held.add(socket.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "mail server that hangs");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int connections() {
            return held.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : held) {
                // reset, not a polite close: a polite close by this side leaves the port in TIME_WAIT for a minute,
                // and the real mail server could not come back on it ("Address already in use")
                connection.setSoLinger(true, 0);
                connection.close();
            }
        }
    }
}
