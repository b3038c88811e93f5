package be.draaischijf.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends plain-text e-mail (optionally with attachments such as an .ics invitation) over SMTP as MicroProfile Config
 * says ({@code draaischijf.mail.*}). Without a host configured, a mail is written to the server log instead, but only
 * in demo mode (development and demo on one machine): in production it is not sent ({@link NotSent}), so the outbox
 * keeps it and tries again, and its text (with its links) never reaches a log.
 */
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    /** Where and how to send; {@code host} empty means "only log". */
    public record Settings(String host, int port, String from, String username, String password, boolean startTls) {

        /** Whether a mail server is named at all. */
        public boolean configured() {
            return host != null && !host.isBlank();
        }

        public static Settings fromConfig() {
            Config config = ConfigProvider.getConfig();
            return new Settings(
                    config.getOptionalValue("draaischijf.mail.host", String.class).orElse(""),
                    config.getOptionalValue("draaischijf.mail.port", Integer.class).orElse(25),
                    config.getOptionalValue("draaischijf.mail.from", String.class).orElse("Draaischijf <noreply@draaischijf.example.org>"),
                    config.getOptionalValue("draaischijf.mail.username", String.class).orElse(""),
                    config.getOptionalValue("draaischijf.mail.password", String.class).orElse(""),
                    config.getOptionalValue("draaischijf.mail.starttls", Boolean.class).orElse(false));
        }
    }

    /**
     * A file that travels with a mail, e.g. an invitation as {@code text/calendar; method=PUBLISH} (.ics).
     * {@code contentType} is the full MIME type with its parameters.
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** An iCalendar file (UTF-8), as calendar clients import it from a mail. */
        public static Attachment calendar(String fileName, String ics) {
            return new Attachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", ics.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One plain-text mail, with files attached or not. */
    public record Mail(List<String> to, String subject, String text, List<Attachment> attachments) {

        public Mail {
            to = List.copyOf(to);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** A plain-text mail without attachments. */
        public Mail(List<String> to, String subject, String text) {
            this(to, subject, text, List.of());
        }
    }

    /** The mail could not be handed to the SMTP server. */
    public static class NotSent extends RuntimeException {
        public NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Settings settings;
    private final java.util.function.BooleanSupplier demoMode;

    public Mailer(Settings settings) {
        this(settings, be.draaischijf.platform.RunMode::isDemo);
    }

    /** With the run mode given (tests): without a mail server, only demo mode writes mails to the log. */
    public Mailer(Settings settings, java.util.function.BooleanSupplier demoMode) {
        this.settings = settings;
        this.demoMode = demoMode;
    }

    public static Mailer fromConfig() {
        return new Mailer(Settings.fromConfig());
    }

    public void send(Mail mail) {
        if (!settings.configured()) {
            if (!demoMode.getAsBoolean()) {
                throw new NotSent("No mail server configured (draaischijf.mail.host): the mail waits in the outbox", null);
            }
            LOG.info(() -> "No mail host configured (draaischijf.mail.host); this mail is not sent:\nTo: "
                    + String.join(", ", mail.to()) + "\nSubject: " + mail.subject() + "\n\n" + mail.text()
                    + mail.attachments().stream().map(a -> "\n[attachment " + a.fileName() + " (" + a.contentType() + ")]")
                            .reduce("", String::concat));
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        boolean login = settings.username() != null && !settings.username().isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(login));
        Session session = Session.getInstance(properties, login ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        } : null);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", mail.to())));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachments().isEmpty()) {
                message.setText(mail.text(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart parts = new MimeMultipart("mixed");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), StandardCharsets.UTF_8.name());
                parts.addBodyPart(text);
                for (Attachment attachment : mail.attachments()) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                    file.setFileName(attachment.fileName());
                    file.setDisposition(MimeBodyPart.ATTACHMENT);
                    parts.addBodyPart(file);
                }
                message.setContent(parts);
            }
            Transport.send(message);
        } catch (MessagingException e) {
            throw new NotSent("mail '" + mail.subject() + "' to " + mail.to() + " not sent: " + e.getMessage(), e);
        }
    }
}
