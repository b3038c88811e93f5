package be.draaischijf.platform.i18n;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Refusal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The modules' messages in one language, from {@code ValidationMessages_nl} and {@code _en}: the texts of Bean
 * Validation's keys and of the refusals' keys, with their values filled in. English for English, Dutch for every
 * other language. A key without a text is shown as the key (tests keep every key in both files).
 */
public final class Texts {

    public static final String BUNDLE = "ValidationMessages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in English when the language is English, in Dutch otherwise (and for null). */
    public static Texts in(Locale language) {
        return new Texts(language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH : DUTCH);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether this key has a text in this language. */
    public boolean has(String key) {
        return key != null && bundle.containsKey(key);
    }

    /** The text of a key, or a Bean Validation template such as {@code {draaischijf.required}}; else as given. */
    public String text(String keyOrTemplate) {
        if (keyOrTemplate == null) {
            return "";
        }
        String key = keyOrTemplate.startsWith("{") && keyOrTemplate.endsWith("}")
                ? keyOrTemplate.substring(1, keyOrTemplate.length() - 1) : keyOrTemplate;
        try {
            return bundle.getString(key);
        } catch (MissingResourceException notThere) {
            return keyOrTemplate;
        }
    }

    /** The text with {0}, {1} … replaced by the values, in order. */
    public String format(String key, List<?> values) {
        String text = text(key);
        for (int i = 0; i < values.size(); i++) {
            text = text.replace("{" + i + "}", value(values.get(i)));
        }
        return text;
    }

    /** The text with {name} replaced by the value of that name. */
    public String format(String key, Map<String, ?> values) {
        String text = text(key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value(value.getValue()));
        }
        return text;
    }

    /**
     * A value as this language writes it: dates as "3 maart 2026", a moment with its time, a code in words
     * ({@code value.<Enum>.<CODE>}), lists with commas.
     */
    public String value(Object value) {
        if (value instanceof LocalDateTime moment) {
            return DateTimeFormatter.ofPattern(DUTCH.equals(locale) ? "d MMMM yyyy 'om' HH:mm" : "d MMMM yyyy 'at' HH:mm", locale)
                    .format(moment);
        }
        if (value instanceof LocalDate day) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
        }
        if (value instanceof Enum<?> code) {
            // a status or other code in words, where the bundle has them ("in analyse"), never "IN_ANALYSIS"
            String key = "value." + code.getDeclaringClass().getSimpleName() + "." + code.name();
            return has(key) ? text(key) : code.name();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::value).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** What a refusal says. */
    public String of(Refusal refusal) {
        return format(refusal.key(), refusal.arguments());
    }

    /** What a field error says about its field. */
    public String of(FieldError error) {
        return format(error.key(), error.arguments());
    }

    /** "vul een naam in" → "Vul een naam in.": a phrase shown on its own, next to a field or in a list. */
    public static String sentence(String phrase) {
        if (phrase == null || phrase.isEmpty()) {
            return "";
        }
        String capital = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        return capital.endsWith(".") || capital.endsWith("?") || capital.endsWith("!") ? capital : capital + ".";
    }
}
