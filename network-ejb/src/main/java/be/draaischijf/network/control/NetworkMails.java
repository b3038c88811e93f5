package be.draaischijf.network.control;

import be.draaischijf.network.api.MeetingView;
import be.draaischijf.platform.mail.Mailer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The network module's e-mails, Dutch first and English below, as every module's (ADR 0012): the invitations to a
 * theme meeting, sent to a partner organisation's address. They name the theme in words, the day in words and the
 * hours on 24 hours, and link to the meeting's page, where the organisation's staff read it after logging in.
 */
public final class NetworkMails {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SEPARATOR = "\n\n---\n\n";
    private static final String SIGNATURE_NL = "\n\nHet Centraal Meldpunt – netwerk Onderwijs–Welzijn";
    private static final String SIGNATURE_EN = "\n\nThe Centraal Meldpunt – the education and welfare network\n";

    private final String baseUrl;

    public NetworkMails(String baseUrl) {
        this.baseUrl = (baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl).replaceAll("/+$", "");
    }

    /** The meeting's page. */
    public String meetingLink(MeetingView meeting) {
        return baseUrl + "/meldpunt/themabijeenkomsten/" + meeting.id();
    }

    /** An organisation is invited: what, when, where, the agenda, the .ics. */
    public Mailer.Mail invitation(String to, String organisation, MeetingView meeting, String themeNl, String themeEn,
                                  Mailer.Attachment ics) {
        return new Mailer.Mail(List.of(to), "Uitnodiging: themabijeenkomst " + themeNl + " / Invitation: theme meeting "
                        + themeEn,
                "Beste collega's van " + organisation + ",\n\nHet netwerk nodigt jullie organisatie uit op een themabijeenkomst over \""
                        + themeNl + "\". Scholen, welzijn en de andere partners brachten hierover signalen aan; samen bekijken we wat"
                        + " we zien en spreken we af wie wat opneemt." + details(meeting, true)
                        + "\nDe afspraak zit als agenda-item (.ics) bij deze mail." + SIGNATURE_NL + SEPARATOR
                        + "Dear colleagues at " + organisation + ",\n\nThe network invites your organisation to a theme meeting on \""
                        + themeEn + "\". Schools, welfare services and the other partners brought up signals about it; together we"
                        + " look at what we see and agree who takes up what." + details(meeting, false)
                        + "\nThe appointment is attached as a calendar item (.ics)." + SIGNATURE_EN, List.of(ics));
    }

    /** The day, the hours or the place changed: the new details, with the updated .ics. */
    public Mailer.Mail changed(String to, String organisation, MeetingView meeting, String themeNl, String themeEn,
                               Mailer.Attachment ics) {
        return new Mailer.Mail(List.of(to), "Gewijzigd: themabijeenkomst " + themeNl + " / Changed: theme meeting " + themeEn,
                "Beste collega's van " + organisation + ",\n\nHet moment of de plaats van de themabijeenkomst over \"" + themeNl
                        + "\" is gewijzigd. Zo ziet het er nu uit:" + details(meeting, true)
                        + "\nHet bijgewerkte agenda-item (.ics) zit bij deze mail; je agenda past de afspraak aan." + SIGNATURE_NL
                        + SEPARATOR
                        + "Dear colleagues at " + organisation + ",\n\nThe time or place of the theme meeting on \"" + themeEn
                        + "\" has changed. This is how it stands now:" + details(meeting, false)
                        + "\nThe updated calendar item (.ics) is attached; your calendar will update the appointment." + SIGNATURE_EN,
                List.of(ics));
    }

    /** The organisation is no longer invited: the item comes cancelled. */
    public Mailer.Mail uninvited(String to, String organisation, MeetingView meeting, String themeNl, String themeEn,
                                 Mailer.Attachment ics) {
        return new Mailer.Mail(List.of(to), "Niet meer uitgenodigd: themabijeenkomst " + themeNl
                        + " / No longer invited: theme meeting " + themeEn,
                "Beste collega's van " + organisation + ",\n\nJullie organisatie staat niet meer op de uitnodigingslijst van de"
                        + " themabijeenkomst over \"" + themeNl + "\" op " + DUTCH.format(meeting.day())
                        + ". Het agenda-item bij deze mail haalt de afspraak uit je agenda. Is dit een vergissing, antwoord dan op"
                        + " deze mail of neem contact op met het Centraal Meldpunt." + SIGNATURE_NL + SEPARATOR
                        + "Dear colleagues at " + organisation + ",\n\nYour organisation is no longer on the list of those invited to"
                        + " the theme meeting on \"" + themeEn + "\" on " + ENGLISH.format(meeting.day())
                        + ". The calendar item attached removes the appointment from your calendar. If this is a mistake, reply"
                        + " to this mail or contact the Centraal Meldpunt." + SIGNATURE_EN, List.of(ics));
    }

    /** When and where, the agenda, and the meeting's page. */
    private String details(MeetingView meeting, boolean dutch) {
        StringBuilder text = new StringBuilder("\n\n");
        text.append(dutch ? "Wanneer: " : "When: ").append((dutch ? DUTCH : ENGLISH).format(meeting.day())).append(", ")
                .append(TIME.format(meeting.startsAt())).append("–").append(TIME.format(meeting.endsAt()));
        text.append("\n").append(dutch ? "Waar: " : "Where: ").append(meeting.place());
        if (meeting.agenda() != null) {
            text.append("\n").append(dutch ? "Agenda:\n" : "Agenda:\n").append(meeting.agenda());
        }
        text.append("\n\n").append(dutch ? "De bijeenkomst, wie er uitgenodigd is en later het verslag en de afspraken (na"
                + " aanmelden als medewerker van een uitgenodigde organisatie):\n"
                : "The meeting, who is invited and later the minutes and the actions agreed (after logging in as staff of an"
                + " invited organisation):\n").append(meetingLink(meeting));
        return text.toString();
    }
}
