package be.draaischijf.web.privacy;

import be.draaischijf.platform.i18n.Texts;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.web.layout.Messages;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What a module holds about a data subject, in words, in one language (Dutch unless English): a field's label
 * ({@code subject.field.<name>}), its value as a person reads it (a date as "3 maart 2011", a moment in Brussels time, a
 * code by its label, yes or no), a record's kind ({@code subject.kind.<kind>}) and a module's name
 * ({@code subject.module.<module>}). A code is read as {@code value.<Enum>.<CODE>}, else under the key the pages already
 * use for that enum ({@code referralStatus.CLOSED}, {@code caseOutcome.MOVED}), else as the modules' messages name it
 * ({@code value.<Enum>.<CODE>} in ValidationMessages); never shown as the code itself. Pages
 * make one with {@code SubjectTexts.in(language.getLocale())}; the REST API with the request's language.
 */
public final class SubjectTexts {

    /** Moments are said in the network's time zone. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String FIELD = "subject.field.";

    /** Enums whose simple name is not the prefix of their labels (nested enums named {@code Kind}). */
    private static final Map<String, String> PREFIXES = Map.of("Kind", "securityEvent", "Reason", "securityReason");

    private final Locale language;
    private final ResourceBundle bundle;

    private SubjectTexts(Locale language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
    }

    /** English for English, Dutch for every other language (and for null). */
    public static SubjectTexts in(Locale language) {
        return new SubjectTexts(language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH : DUTCH);
    }

    public Locale language() {
        return language;
    }

    /** The field's name without the bundle prefix: {@code youngFirstName}. */
    public String key(SubjectField field) {
        String label = field.label() == null ? "" : field.label();
        return label.startsWith(FIELD) ? label.substring(FIELD.length()) : label;
    }

    /** The field's label in this language: "Voornaam". */
    public String label(SubjectField field) {
        String name = key(field);
        return has(FIELD + name) ? bundle.getString(FIELD + name) : spaced(name);
    }

    /** The field's value as a person reads it; "not filled in" when there is none. */
    public String value(SubjectField field) {
        String value = field.value();
        if (value == null || value.isBlank()) {
            return text("subject.value.empty");
        }
        return switch (field.type() == null ? SubjectField.Type.TEXT : field.type()) {
            case TEXT -> value;
            case DATE -> date(value);
            case MOMENT -> moment(value);
            case CODE -> Arrays.stream(value.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                    .map(this::code).collect(Collectors.joining(", "));
            case YES_NO -> text(Boolean.parseBoolean(value.strip()) ? "subject.value.yes" : "subject.value.no");
        };
    }

    /** A record's kind in words: "Dossier", "Inschrijving voor een vorming". */
    public String kind(String kind) {
        return has("subject.kind." + kind) ? bundle.getString("subject.kind." + kind) : spaced(kind);
    }

    /** A module's part of the application in words: "Dossiers van het Centraal Meldpunt". */
    public String module(String module) {
        return has("subject.module." + module) ? bundle.getString("subject.module." + module) : spaced(module);
    }

    /** Whom a request is about: "Jan Peeters" or the e-mail address as stored. */
    public String subject(SubjectQuery query) {
        return query.youngPerson() ? (query.firstName().strip() + " " + query.lastName().strip()) : query.normalisedEmail();
    }

    /** The export's title: "Gegevens over Jan Peeters". */
    public String title(SubjectQuery query) {
        return text("subject.export.title", subject(query));
    }

    /** A code such as {@code ReferralStatus.CLOSED} in words: "Afgesloten". */
    public String code(String code) {
        int dot = code.lastIndexOf('.');
        if (dot < 0) {
            return has("value." + code) ? bundle.getString("value." + code) : spaced(code);
        }
        String type = code.substring(0, dot);
        String constant = code.substring(dot + 1);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (simple.isEmpty() || constant.isEmpty()) {
            return spaced(code.replace(".", " "));
        }
        String prefix = PREFIXES.getOrDefault(simple, Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
        for (String key : new String[] {"value." + simple + "." + constant, prefix + "." + constant}) {
            if (has(key)) {
                return bundle.getString(key);
            }
        }
        // the modules' own words for a code, as their messages say it inside a sentence ("in analyse")
        Texts modules = Texts.in(language);
        String key = "value." + simple + "." + constant;
        if (modules.has(key)) {
            String text = modules.text(key);
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return spaced(constant);
    }

    /** A date as "3 maart 2011" (an unreadable one as stored). */
    public String date(String isoDate) {
        try {
            return date(LocalDate.parse(isoDate.strip()));
        } catch (DateTimeParseException notADate) {
            return isoDate;
        }
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(date);
    }

    /** A moment as "3 maart 2026, 14:05" in Brussels time (an unreadable one as stored). */
    public String moment(String isoMoment) {
        String value = isoMoment.strip();
        try {
            return moment(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return moment(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notAnOffset) {
                try {
                    return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language).format(LocalDateTime.parse(value));
                } catch (DateTimeParseException notAMoment) {
                    return date(value);
                }
            }
        }
    }

    public String moment(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language).withZone(BRUSSELS).format(moment);
    }

    /** A text of the web bundle with its {0}-style values, in this language. */
    public String text(String key, Object... values) {
        String pattern = bundle.getString(key);
        return values.length == 0 ? pattern : new MessageFormat(pattern, language).format(values);
    }

    private boolean has(String key) {
        return key != null && bundle.containsKey(key);
    }

    /**
     * The last resort for a name no bundle knows (a module's new field before its label is written): the words of the
     * name, never the raw code ({@code youngFirstName} → "Young first name", {@code AT_RISK} → "At risk").
     */
    static String spaced(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String words = name.contains("_") || name.equals(name.toUpperCase(Locale.ROOT))
                ? name.replace('_', ' ').toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
