package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partner staff get an e-mail (over real SMTP) about offers nobody confirmed for six months, once. */
class OfferRemindersIT {

    @Test
    void staleOffersAreRemindedOnceAndOnlyAdministratorsRunItByHand() {
        GreenMail mailbox = DeployedApp.mailbox();
        assertThat(Http.post("/api/offers/reminders", "application/json", "", "partner.dbc", "demo").statusCode()).isEqualTo(403);
        assertThat(Http.post("/api/offers/reminders", "application/json", "", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> first = Http.post("/api/offers/reminders", "application/json", "", "admin", "demo");
        assertThat(first.statusCode()).isEqualTo(200);

        // the demo data has two offers not confirmed for more than six months (DBC and Ter Elst); the
        // morning timer may have sent them already, so look at the mailbox rather than at the count
        // other tests against the same server send referral mails too: only the reminders count here;
        // they leave the outbox right after the commit, a moment after the answer
        long until = System.currentTimeMillis() + 20_000;
        while (reminders(mailbox).size() < 2 && System.currentTimeMillis() < until) {
            mailbox.waitForIncomingEmail(1_000, mailbox.getReceivedMessages().length + 1);
        }
        List<MimeMessage> reminders = reminders(mailbox);
        List<String> to = reminders.stream().map(OfferRemindersIT::to).toList();
        assertThat(to).contains("partner.dbc@example.org", "partner.terelst@example.org")
                .doesNotHaveDuplicates();
        MimeMessage dbc = reminders.stream()
                .filter(mail -> to(mail).equals("partner.dbc@example.org")).findFirst().orElseThrow();
        assertThat(TrainingApiIT.text(dbc)).contains("DBC Openluchtopvoeding");
        assertThat(MailLinks.link(TrainingApiIT.text(dbc), "/partner")).isEqualTo(DeployedApp.baseUrl() + "/partner");

        HttpResponse<String> again = Http.post("/api/offers/reminders", "application/json", "", "admin", "demo");
        assertThat(Http.json(again).asJsonObject().getInt("mailsSent")).as("each reminder once").isZero();
        assertThat(reminders(mailbox)).hasSameSizeAs(to.toArray());
    }

    private static List<MimeMessage> reminders(GreenMail mailbox) {
        return Arrays.stream(mailbox.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getSubject().contains("aanbod nog actueel");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String to(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
