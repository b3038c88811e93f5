package be.draaischijf.training.control;

import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionView;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The training module's e-mails, Dutch first and English below (ADR 0012). Every mail about a registration
 * carries that registration's own self-service link ({@code /inschrijving/<token>}: see, cancel, leave the
 * waiting list); newsletter mails carry an unsubscribe link.
 */
public final class TrainingMails {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SEPARATOR = "\n\n---\n\n";
    private static final String SIGNATURE_NL = "\n\nHet Centraal Meldpunt – vormingen en infosessies";
    private static final String SIGNATURE_EN = "\n\nThe Centraal Meldpunt – trainings and info sessions\n";

    private final String baseUrl;

    public TrainingMails(String baseUrl) {
        this.baseUrl = (baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl).replaceAll("/+$", "");
    }

    public String registrationLink(String token) {
        return baseUrl + "/inschrijving/" + token;
    }

    public String sessionLink(SessionView session) {
        return baseUrl + "/vorming/" + session.id();
    }

    public Mailer.Mail confirmation(String to, String firstName, SessionView session, String token, Mailer.Attachment ics) {
        return new Mailer.Mail(List.of(to), "Inschrijving bevestigd: " + session.title() + " / Registration confirmed",
                "Beste " + firstName + ",\n\nJe bent ingeschreven voor \"" + session.title() + "\". Je plaats is bevestigd."
                        + details(session, true) + "\nDe afspraak zit als agenda-item (.ics) bij deze mail."
                        + cancelNl(token) + SIGNATURE_NL + SEPARATOR
                        + "Dear " + firstName + ",\n\nYou are registered for \"" + session.title() + "\". Your place is confirmed."
                        + details(session, false) + "\nThe appointment is attached as a calendar item (.ics)."
                        + cancelEn(token) + SIGNATURE_EN, List.of(ics));
    }

    public Mailer.Mail waitingList(String to, String firstName, SessionView session, int position, String token) {
        return new Mailer.Mail(List.of(to), "Wachtlijst: " + session.title() + " / Waiting list",
                "Beste " + firstName + ",\n\n\"" + session.title() + "\" is volzet. Je staat op de wachtlijst, op plaats "
                        + position + ". Komt er een plaats vrij, dan krijg je die automatisch en laten we het je meteen weten."
                        + details(session, true)
                        + "\nJe plaats op de wachtlijst zie je hier; daar kan je de wachtlijst ook verlaten:\n" + registrationLink(token)
                        + SIGNATURE_NL + SEPARATOR
                        + "Dear " + firstName + ",\n\n\"" + session.title() + "\" is full. You are on the waiting list, in position "
                        + position + ". When a place becomes free, it is yours automatically and we let you know at once."
                        + details(session, false)
                        + "\nSee your place on the waiting list here; you can also leave the list there:\n" + registrationLink(token)
                        + SIGNATURE_EN);
    }

    public Mailer.Mail promoted(String to, String firstName, SessionView session, String token, Mailer.Attachment ics) {
        return new Mailer.Mail(List.of(to), "Er is een plaats vrij: je bent ingeschreven voor " + session.title()
                        + " / A place became free: you are registered",
                "Beste " + firstName + ",\n\nGoed nieuws: er kwam een plaats vrij voor \"" + session.title()
                        + "\". Je stond op de wachtlijst en bent nu ingeschreven; je plaats is bevestigd."
                        + details(session, true) + "\nDe afspraak zit als agenda-item (.ics) bij deze mail."
                        + cancelNl(token) + SIGNATURE_NL + SEPARATOR
                        + "Dear " + firstName + ",\n\nGood news: a place became free for \"" + session.title()
                        + "\". You were on the waiting list and are now registered; your place is confirmed."
                        + details(session, false) + "\nThe appointment is attached as a calendar item (.ics)."
                        + cancelEn(token) + SIGNATURE_EN, List.of(ics));
    }

    public Mailer.Mail reminder(String to, String firstName, SessionView session, String token, Mailer.Attachment ics) {
        return new Mailer.Mail(List.of(to), "Herinnering: " + session.title() + " / Reminder",
                "Beste " + firstName + ",\n\nWe verwachten je binnenkort op \"" + session.title() + "\"."
                        + details(session, true) + cancelNl(token) + SIGNATURE_NL + SEPARATOR
                        + "Dear " + firstName + ",\n\nWe look forward to seeing you soon at \"" + session.title() + "\"."
                        + details(session, false) + cancelEn(token) + SIGNATURE_EN, List.of(ics));
    }

    public Mailer.Mail sessionCancelled(String to, String firstName, SessionView session, String token, Mailer.Attachment ics) {
        String reason = session.cancelReason() == null ? "" : "\n\n" + session.cancelReason();
        return new Mailer.Mail(List.of(to), "Geannuleerd: " + session.title() + " / Cancelled",
                "Beste " + firstName + ",\n\nHet spijt ons: \"" + session.title() + "\" gaat niet door. Je inschrijving vervalt;"
                        + " je hoeft niets te doen." + reason + details(session, true)
                        + "\nJe inschrijving:\n" + registrationLink(token) + SIGNATURE_NL + SEPARATOR
                        + "Dear " + firstName + ",\n\nWe are sorry: \"" + session.title() + "\" has been cancelled. Your registration"
                        + " lapses; you need not do anything." + reason + details(session, false)
                        + "\nYour registration:\n" + registrationLink(token) + SIGNATURE_EN, List.of(ics));
    }

    /**
     * The organiser changed the days, the venue or the online link: the new details; a confirmed participant
     * gets the updated calendar item (same UIDs, so the calendar moves the appointment), a waiting one does not.
     */
    public Mailer.Mail sessionChanged(String to, String firstName, SessionView session, String token, Mailer.Attachment ics) {
        String calendarNl = ics == null ? "" : "\nHet bijgewerkte agenda-item (.ics) zit bij deze mail; je agenda past de afspraak aan.";
        String calendarEn = ics == null ? "" : "\nThe updated calendar item (.ics) is attached; your calendar will update the appointment.";
        return new Mailer.Mail(List.of(to), "Gewijzigd: " + session.title() + " / Changed",
                "Beste " + firstName + ",\n\nDe organisator wijzigde het moment of de plaats van \"" + session.title()
                        + "\". Zo ziet het er nu uit:" + details(session, true) + calendarNl
                        + "\n\nKan je nu niet meer? Annuleer je inschrijving:\n" + registrationLink(token) + SIGNATURE_NL + SEPARATOR
                        + "Dear " + firstName + ",\n\nThe organiser changed the time or place of \"" + session.title()
                        + "\". This is how it stands now:" + details(session, false) + calendarEn
                        + "\n\nCannot make it any more? Cancel your registration:\n" + registrationLink(token) + SIGNATURE_EN,
                ics == null ? List.of() : List.of(ics));
    }

    /** The organiser cancelled this person's registration (or took them off the waiting list). */
    public Mailer.Mail cancelledByOrganiser(String to, String firstName, SessionView session, boolean wasWaiting, String token) {
        String whatNl = wasWaiting ? "je plaats op de wachtlijst voor" : "je inschrijving voor";
        String whatEn = wasWaiting ? "your place on the waiting list for" : "your registration for";
        return new Mailer.Mail(List.of(to), "Inschrijving geannuleerd: " + session.title() + " / Registration cancelled",
                "Beste " + firstName + ",\n\nDe organisator annuleerde " + whatNl + " \"" + session.title()
                        + "\". Denk je dat dit een vergissing is, antwoord dan op deze mail of neem contact op met het Centraal Meldpunt."
                        + details(session, true) + "\nJe inschrijving:\n" + registrationLink(token) + SIGNATURE_NL + SEPARATOR
                        + "Dear " + firstName + ",\n\nThe organiser cancelled " + whatEn + " \"" + session.title()
                        + "\". If you think this is a mistake, reply to this mail or contact the Centraal Meldpunt."
                        + details(session, false) + "\nYour registration:\n" + registrationLink(token) + SIGNATURE_EN);
    }

    /** The organiser's own text, sent as it is (both languages are up to them), with the usual links. */
    public Mailer.Mail fromOrganiser(String to, SessionView session, String subject, String text, String token) {
        return new Mailer.Mail(List.of(to), subject.strip() + " (" + session.title() + ")",
                text.strip() + "\n\n---\n\n" + "Over / about: \"" + session.title() + "\"" + details(session, true)
                        + cancelNl(token) + cancelEn(token) + SIGNATURE_NL + SIGNATURE_EN);
    }

    public Mailer.Mail newsletterConfirm(String to, String confirmToken, String unsubscribeToken) {
        String confirm = baseUrl + "/nieuwsbrief/bevestigen?token=" + confirmToken;
        return new Mailer.Mail(List.of(to), "Bevestig je inschrijving op de nieuwsbrief / Confirm your newsletter sign-up",
                "Hallo,\n\nIemand (hopelijk jij) schreef dit adres in op de nieuwsbrief over vormingen en infosessies van het"
                        + " netwerk. Bevestig met deze link:\n" + confirm
                        + "\n\nDeed je dat niet, dan hoef je niets te doen: zonder bevestiging sturen we niets."
                        + unsubscribeNl(unsubscribeToken) + SIGNATURE_NL + SEPARATOR
                        + "Hello,\n\nSomeone (hopefully you) signed this address up for the network's newsletter about trainings"
                        + " and info sessions. Please confirm with this link:\n" + confirm
                        + "\n\nIf that was not you, do nothing: without confirmation we send nothing."
                        + unsubscribeEn(unsubscribeToken) + SIGNATURE_EN);
    }

    public Mailer.Mail newsletterAlreadySubscribed(String to, String unsubscribeToken) {
        return new Mailer.Mail(List.of(to), "Je bent al ingeschreven op de nieuwsbrief / You are already signed up",
                "Hallo,\n\nDit adres is al ingeschreven op de nieuwsbrief over vormingen en infosessies; je hoeft niets te doen."
                        + unsubscribeNl(unsubscribeToken) + SIGNATURE_NL + SEPARATOR
                        + "Hello,\n\nThis address is already signed up for the newsletter about trainings and info sessions;"
                        + " you need not do anything." + unsubscribeEn(unsubscribeToken) + SIGNATURE_EN);
    }

    private String unsubscribeNl(String token) {
        return "\n\nUitschrijven kan altijd: " + baseUrl + "/nieuwsbrief/uitschrijven?token=" + token;
    }

    private String unsubscribeEn(String token) {
        return "\n\nUnsubscribe at any time: " + baseUrl + "/nieuwsbrief/uitschrijven?token=" + token;
    }

    private String cancelNl(String token) {
        return "\n\nKan je niet komen? Annuleer je inschrijving, dan geven we je plaats aan iemand op de wachtlijst:\n"
                + registrationLink(token);
    }

    private String cancelEn(String token) {
        return "\n\nCannot come? Cancel your registration so that we can give your place to someone on the waiting list:\n"
                + registrationLink(token);
    }

    /** When and where, and the session page. */
    private String details(SessionView session, boolean dutch) {
        StringBuilder text = new StringBuilder("\n\n");
        text.append(dutch ? "Wanneer:" : "When:");
        for (SessionDate date : session.dates()) {
            text.append("\n  ").append((dutch ? DUTCH : ENGLISH).format(date.day())).append(", ")
                    .append(TIME.format(date.startsAt())).append("–").append(TIME.format(date.endsAt()));
        }
        if (session.venueName() != null) {
            text.append("\n").append(dutch ? "Waar: " : "Where: ").append(session.venueName());
            if (session.venueAddress() != null) {
                text.append(", ").append(session.venueAddress());
            }
        }
        if (session.onlineLink() != null) {
            text.append("\n").append(dutch ? "Online: " : "Online: ").append(session.onlineLink());
        }
        text.append("\n").append(dutch ? "Meer info: " : "More information: ").append(sessionLink(session));
        return text.toString();
    }
}
