package be.draaischijf.web.pages.referral;

import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.ReferenceChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a timeline or audit entry says, in the page's language ({@code #{eventTexts.of(entry)}}): the stored message
 * key with its values in words (a status as "In analyse", a date as "3 maart 2026", a problem area by its label,
 * plurals by choice formats), so an entry reads the same in Dutch and English however long ago it was written.
 */
@Named
@RequestScoped
public class EventTexts {

    @Inject
    Language language;

    @Inject
    Messages messages;

    @Inject
    ReferenceChoices choices;

    @Inject
    ReferralLabels labels;

    /** A timeline entry's sentence (without what a person wrote, see {@link TimelineEntry#text()}). */
    public String of(TimelineEntry entry) {
        return entry.message() == null ? "" : say(entry.message());
    }

    /** What a person wrote with the entry, or the whole sentence of an entry from before messages. */
    public String written(TimelineEntry entry) {
        return entry.text() == null ? "" : entry.text();
    }

    /** What an audit line says. */
    public String of(AuditEntry entry) {
        return entry.message() == null ? (entry.detail() == null ? "" : entry.detail()) : say(entry.message());
    }

    /** Who did it: a coordinator by name, the application as "Draaischijf". */
    public String actor(String username) {
        return TimelineEntry.SYSTEM.equals(username) ? messages.text("event.actor.system") : labels.person(username);
    }

    public String say(EventMessage message) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException unknown) {
            return message.key();
        }
        Object[] values = message.values().stream().map(value -> words(value, bundle)).toArray();
        return new MessageFormat(pattern, language.getLocale()).format(values);
    }

    /** One value as the page says it; a number stays a number, for the choice formats. */
    Object words(EventValue value, ResourceBundle bundle) {
        String code = value.value();
        return switch (value.type()) {
            case NAME -> code;
            case NUMBER -> number(code);
            case DATE -> date(code);
            case MOMENT -> moment(code);
            case STATUS -> label(bundle, "referralStatus." + code, code);
            case OUTCOME -> label(bundle, "caseOutcome." + code, code);
            case OFFER_STATUS -> label(bundle, "event.offerStatus." + code, label(bundle, "offerReferralStatus." + code, code));
            case LEGAL_GROUND -> label(bundle, "legalGround." + code, code);
            case CHANNEL -> label(bundle, "channel." + code, code);
            case UNMET_NEED_REASON -> label(bundle, "unmetNeedReason." + code, code);
            case EVENT_KIND -> label(bundle, "eventKind." + code, code);
            case PROBLEM_AREA -> labels.problemArea(code);
            case DECLINE_REASON -> choices.declineReason(code);
            case CONSENT_GIVER -> label(bundle, "event.consentGiver." + code, label(bundle, "consentGiver." + code, code));
            case CONSENT_METHOD -> label(bundle, "event.consentMethod." + code, label(bundle, "consentMethod." + code, code));
        };
    }

    /** A stored number as a number (for choice formats), or the text as it is when it is none. */
    static Object number(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private String date(String value) {
        try {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", language.getLocale()).format(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    private String moment(String value) {
        try {
            return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.getLocale()).format(LocalDateTime.parse(value));
        } catch (DateTimeParseException notAMoment) {
            return value;
        }
    }

    private static String label(ResourceBundle bundle, String key, String otherwise) {
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }
}
