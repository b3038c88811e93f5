package be.draaischijf.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as {@code d MMMM yyyy}, times on 24 hours, in Europe/Brussels, in the chosen language. */
@Named
@RequestScoped
public class Formats {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    Language language;

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language.getLocale())
                .withZone(BRUSSELS).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language.getLocale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.getLocale())
                .withZone(BRUSSELS).format(instant);
    }

    /**
     * A count in words, singular or plural as the language wants ({@code #{formats.plural('offer.waitingWeeks', n)}}):
     * the key's text is a choice format such as {@code {0,choice,0#geen|1#1 week|1<{0} weken}}.
     */
    public String plural(String key, Number count) {
        return new java.text.MessageFormat(java.util.ResourceBundle.getBundle("be.draaischijf.web.i18n.messages",
                language.getLocale()).getString(key), language.getLocale()).format(new Object[] {count == null ? 0 : count});
    }

    /** ISO form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(BRUSSELS).format(instant);
    }

    /**
     * A text for a spreadsheet cell: one that starts like a formula (=, +, -, @) is prefixed with an
     * apostrophe, so a name typed by someone else cannot run as a formula in Excel (CSV injection).
     */
    public String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
