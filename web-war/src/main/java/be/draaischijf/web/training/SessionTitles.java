package be.draaischijf.web.training;

import be.draaischijf.training.api.SessionKind;
import be.draaischijf.web.layout.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A session's kind said once (issue 15). Many titles name their kind already ("Infosessie: het Centraal Meldpunt",
 * "Driedaagse vorming: …"), so the pages put the kind's label beside or before a title only when the title does not
 * name it: {@code #{sessionTitles.namesKind(s.title, s.kind)}}. A title names its kind when a word in it starts with
 * the kind's label in Dutch or in English ("vorming", "vormingsdag", "training"), whatever the case.
 */
@Named
@ApplicationScoped
public class SessionTitles {

    private static final Map<SessionKind, List<Pattern>> LABELS = labels();

    /** Whether the title names its kind already, in Dutch or in English. */
    public boolean namesKind(String title, SessionKind kind) {
        return names(title, kind);
    }

    static boolean names(String title, SessionKind kind) {
        if (title == null || kind == null) {
            return false;
        }
        return LABELS.get(kind).stream().anyMatch(label -> label.matcher(title).find());
    }

    /** "Vorming: Signalen van uitval", or the title alone when it names its kind ({@code kindLabel}: in the page's language). */
    public static String withKind(String title, SessionKind kind, String kindLabel) {
        return names(title, kind) ? title : kindLabel + ": " + title;
    }

    private static Map<SessionKind, List<Pattern>> labels() {
        Map<SessionKind, List<Pattern>> labels = new EnumMap<>(SessionKind.class);
        ResourceBundle dutch = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("nl"));
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("en"));
        for (SessionKind kind : SessionKind.values()) {
            labels.put(kind, List.of(wordStart(dutch.getString("sessionKind." + kind)),
                    wordStart(english.getString("sessionKind." + kind))));
        }
        return labels;
    }

    /** A word that starts with the label: at the start of the text or after something that is not a letter. */
    private static Pattern wordStart(String label) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(label.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
