package be.draaischijf.referral.control;

import be.draaischijf.platform.i18n.Texts;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.referral.api.OfferReferralStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The referral module's e-mails, Dutch first and English below. They carry a case reference and a link,
 * never the young person's name, birth date or question: those stay behind the login.
 */
public final class ReferralMails {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH_MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final String SIGNATURE = "\n\nHet Centraal Meldpunt\n\n---\n\n";

    private final String baseUrl;

    public ReferralMails(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public Mailer.Mail confirmation(String to, String reference, java.util.UUID caseId) {
        String link = baseUrl + "/mijn/aanmeldingen/" + caseId;
        return new Mailer.Mail(List.of(to), "Draaischijf: je vraag " + reference + " is ontvangen / your question was received",
                "Beste collega,\n\nHet Centraal Meldpunt ontving je vraag over een jongere, met kenmerk " + reference
                        + ". Een coördinator bekijkt ze binnen twee werkdagen en neemt zo nodig contact met je op."
                        + "\nDe stand van zaken volg je hier (na aanmelden):\n" + link
                        + SIGNATURE
                        + "Dear colleague,\n\nThe Centraal Meldpunt received your question about a young person, reference "
                        + reference + ". A coordinator looks at it within two working days and contacts you if needed."
                        + "\nFollow its progress here (after logging in):\n" + link + "\n\nThe Centraal Meldpunt\n");
    }

    /** To a contact point's coordinators: a new case arrived there (reference and link only). */
    public Mailer.Mail newCase(List<String> to, String reference, String contactPoint, java.util.UUID caseId) {
        String link = baseUrl + "/meldpunt/dossiers/" + caseId;
        return new Mailer.Mail(to, "Draaischijf: nieuwe aanmelding " + reference + " voor " + contactPoint + " / new referral",
                "Beste collega,\n\nEr kwam een nieuwe vraag over een jongere binnen bij " + contactPoint + " (kenmerk "
                        + reference + "). Bekijk ze hier (na aanmelden):\n" + link + SIGNATURE
                        + "Dear colleague,\n\nA new question about a young person arrived at " + contactPoint + " (reference "
                        + reference + "). See it here (after logging in):\n" + link + "\n");
    }

    /** To the coordinators of the contact point a case was passed to. */
    public Mailer.Mail passedOn(List<String> to, String reference, String from, String contactPoint, java.util.UUID caseId) {
        String link = baseUrl + "/meldpunt/dossiers/" + caseId;
        return new Mailer.Mail(to, "Draaischijf: dossier " + reference + " doorgegeven aan " + contactPoint + " / case passed on",
                from + " gaf dossier " + reference + " door aan " + contactPoint + ". Bekijk het hier (na aanmelden):\n"
                        + link + SIGNATURE
                        + from + " passed case " + reference + " on to " + contactPoint + ". See it here (after logging in):\n"
                        + link + "\n");
    }

    public Mailer.Mail newReferral(List<String> to, String reference, String offerName, LocalDate replyBy,
                                   java.util.UUID offerReferralId) {
        String link = baseUrl + "/partner/doorverwijzingen/" + offerReferralId;
        return new Mailer.Mail(to, "Draaischijf: nieuwe doorverwijzing " + reference + " / new referral",
                "Beste collega,\n\nHet Centraal Meldpunt verwijst een jongere door naar \"" + offerName + "\" (kenmerk "
                        + reference + "). Laat vóór " + DUTCH.format(replyBy) + " weten of jullie de jongere kunnen opnemen:\n"
                        + link + SIGNATURE
                        + "Dear colleague,\n\nThe Centraal Meldpunt refers a young person to \"" + offerName + "\" (reference "
                        + reference + "). Please answer before " + ENGLISH.format(replyBy) + " whether you can take them on:\n"
                        + link + "\n\nThe Centraal Meldpunt\n");
    }

    /** To the case's coordinators: a partner answered a referral; the answer in words ("aanvaard" / "accepted"). */
    public Mailer.Mail partnerAnswered(List<String> to, String reference, String organisationName, OfferReferralStatus status,
                                       java.util.UUID caseId) {
        String link = baseUrl + "/meldpunt/dossiers/" + caseId;
        return new Mailer.Mail(to, "Draaischijf: antwoord van " + organisationName + " op " + reference + " / partner answered",
                organisationName + " antwoordde op doorverwijzing " + reference + ": " + Texts.in(Texts.DUTCH).value(status)
                        + ".\n" + link + SIGNATURE
                        + organisationName + " answered referral " + reference + ": " + Texts.in(Locale.ENGLISH).value(status)
                        + ".\n" + link + "\n");
    }

    public Mailer.Mail replyOverdue(List<String> to, String reference, String organisationName, LocalDate replyBy,
                                    java.util.UUID caseId) {
        String link = baseUrl + "/meldpunt/dossiers/" + caseId;
        return new Mailer.Mail(to, "Draaischijf: geen antwoord op " + reference + " / no answer to a referral",
                organisationName + " antwoordde niet vóór " + DUTCH.format(replyBy) + " op doorverwijzing " + reference
                        + ". Neem contact op of verwijs elders door:\n" + link + SIGNATURE
                        + organisationName + " did not answer referral " + reference + " before " + ENGLISH.format(replyBy)
                        + ". Please follow up or refer elsewhere:\n" + link + "\n");
    }

    /**
     * An invitation to a case conference for a participant with an account: when and where, the case's reference
     * and a link to the conference (which they can open after logging in); nothing about the young person.
     */
    public Mailer.Mail conferenceInvitation(String to, String reference, java.time.LocalDateTime heldAt, String place,
                                            java.util.UUID conferenceId) {
        String link = baseUrl + "/meldpunt/overleg/" + conferenceId;
        return new Mailer.Mail(List.of(to), "Draaischijf: uitnodiging netwerkoverleg " + reference + " / case conference",
                "Beste collega,\n\nJe bent uitgenodigd op een netwerkoverleg (" + reference + ") op "
                        + DUTCH_MOMENT.format(heldAt) + ", " + place + ". De agenda en de deelnemers vind je hier (na aanmelden):\n"
                        + link + SIGNATURE
                        + "Dear colleague,\n\nYou are invited to a case conference (" + reference + ") on "
                        + ENGLISH_MOMENT.format(heldAt) + ", " + place + ". Find the agenda and participants here (after"
                        + " logging in):\n" + link + "\n\nThe Centraal Meldpunt\n");
    }

    public Mailer.Mail actionDue(String to, String reference, LocalDate dueOn, java.util.UUID conferenceId) {
        String link = baseUrl + "/meldpunt/overleg/" + conferenceId;
        return new Mailer.Mail(List.of(to), "Draaischijf: afspraak uit netwerkoverleg " + reference + " / agreed action due",
                "Herinnering: een afspraak op jouw naam uit het netwerkoverleg (" + reference + ") moet klaar zijn op "
                        + DUTCH.format(dueOn) + ". Je vindt ze hier (na aanmelden):\n" + link + SIGNATURE
                        + "Reminder: an action in your name agreed at the case conference (" + reference + ") is due on "
                        + ENGLISH.format(dueOn) + ". Find it here (after logging in):\n" + link + "\n");
    }

    /**
     * To a case's coordinators (the assigned one, else its contact point's): an administrator opened the case with a
     * written reason ("break-glass", ADR 0042). Who, when, until when, and the reason as they wrote it; the case's
     * reference and link, nothing about the young person.
     */
    public Mailer.Mail openedByAdministrator(List<String> to, String reference, String administrator,
                                             java.time.LocalDateTime at, java.time.LocalDateTime until, String reason,
                                             java.util.UUID caseId) {
        String link = baseUrl + "/meldpunt/dossiers/" + caseId;
        return new Mailer.Mail(to, "Draaischijf: een beheerder opende dossier " + reference + " / an administrator opened a case",
                "Beste collega,\n\nBeheerder " + administrator + " opende dossier " + reference + " op "
                        + DUTCH_MOMENT.format(at) + ". Een beheerder leest een dossier alleen zo, met een geschreven reden;"
                        + " de toegang loopt tot " + DUTCH_MOMENT.format(until) + ". De reden:\n\n" + reason
                        + "\n\nDit staat ook in de tijdlijn en het auditlog van het dossier:\n" + link + SIGNATURE
                        + "Dear colleague,\n\nAdministrator " + administrator + " opened case " + reference + " on "
                        + ENGLISH_MOMENT.format(at) + ". An administrator reads a case only this way, with a written reason;"
                        + " the access lasts until " + ENGLISH_MOMENT.format(until) + ". The reason:\n\n" + reason
                        + "\n\nThis is also on the case's timeline and in its audit log:\n" + link + "\n\nThe Centraal Meldpunt\n");
    }
}
