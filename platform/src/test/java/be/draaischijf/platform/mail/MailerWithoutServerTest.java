package be.draaischijf.platform.mail;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without a mail server: in demo mode a mail goes to the log (one machine, no SMTP needed); in production it is not
 * sent, so that the outbox keeps it, and its text (a password link, say) never lands in a log.
 */
class MailerWithoutServerTest {

    private static final Mailer.Settings NO_SERVER = new Mailer.Settings("", 25, "Draaischijf <noreply@example.org>", "", "", false);
    private static final Mailer.Mail MAIL = new Mailer.Mail(List.of("iemand@example.org"), "Je account",
            "Kies je wachtwoord: https://draaischijf.example.org/wachtwoord/nieuw?token=geheim");

    @Test
    void inProductionTheMailIsNotSentAndStaysInTheOutbox() {
        assertThatThrownBy(() -> new Mailer(NO_SERVER, () -> false).send(MAIL))
                .isInstanceOf(Mailer.NotSent.class).hasMessageContaining("outbox").hasMessageNotContaining("geheim");
    }

    @Test
    void inDemoModeTheMailIsWrittenToTheLog() {
        assertThatCode(() -> new Mailer(NO_SERVER, () -> true).send(MAIL)).doesNotThrowAnyException();
    }
}
