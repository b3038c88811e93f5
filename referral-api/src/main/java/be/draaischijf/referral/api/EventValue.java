package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One value in what a timeline or audit entry says, stored as it was (a code, a date, a name, a number) with what
 * kind of value it is, so that a page or a mail can say it in words in its own language when it shows the entry.
 */
public record EventValue(Type type, String value) implements Serializable {

    /** What the value is, and so how it is said: a status in words, a date as "3 maart 2026", a name as it is. */
    public enum Type {
        /** A name or reference, shown as it is (an organisation, an offer, a place, a case reference). */
        NAME,
        /** A whole number, for plurals ("1 week", "3 weken"). */
        NUMBER,
        /** A day, stored as {@code yyyy-MM-dd}. */
        DATE,
        /** A day and time of day (Brussels), stored as {@code yyyy-MM-ddTHH:mm}. */
        MOMENT,
        STATUS, OUTCOME, OFFER_STATUS, DECLINE_REASON, LEGAL_GROUND, CHANNEL, PROBLEM_AREA, UNMET_NEED_REASON, EVENT_KIND,
        /** Who gave or withdrew consent ({@link ConsentGiver}). */
        CONSENT_GIVER,
        /** How consent was given or withdrawn ({@link ConsentMethod}). */
        CONSENT_METHOD
    }

    public EventValue {
        if (type == null || value == null) {
            throw new IllegalArgumentException("an event value needs a type and a value");
        }
    }

    public static EventValue name(String name) {
        return new EventValue(Type.NAME, name == null ? "" : name.strip());
    }

    public static EventValue number(long number) {
        return new EventValue(Type.NUMBER, Long.toString(number));
    }

    public static EventValue date(LocalDate day) {
        return new EventValue(Type.DATE, day.toString());
    }

    public static EventValue moment(LocalDateTime moment) {
        return new EventValue(Type.MOMENT, moment.withSecond(0).withNano(0).toString());
    }

    public static EventValue of(Type type, Enum<?> code) {
        return new EventValue(type, code.name());
    }

    public static EventValue of(Type type, String code) {
        return new EventValue(type, code);
    }
}
