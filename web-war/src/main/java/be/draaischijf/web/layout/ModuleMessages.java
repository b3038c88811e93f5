package be.draaischijf.web.layout;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module APIs speak Dutch (their bean-validation and field messages, ADR 0009); on an English page
 * those messages are shown in English from {@code module-messages_en.properties}, or by pattern when they
 * carry a number. A message not listed there stays Dutch rather than disappearing (tests keep the list complete).
 */
public final class ModuleMessages {

    private static final Properties ENGLISH = load("/be/draaischijf/web/i18n/module-messages_en.properties");
    private static final Pattern AT_MOST = Pattern.compile("mag hoogstens (\\d+) (tekens lang zijn|tekens hebben|zijn|weken zijn|dagen hebben)");
    private static final Pattern AT_LEAST = Pattern.compile("moet minstens (\\d+) (tekens lang zijn|zijn)");
    private static final Pattern ALREADY_CONFIRMED = Pattern.compile(
            "er zijn al (\\d+) bevestigde inschrijvingen; annuleer er eerst of kies minstens dat aantal");

    private ModuleMessages() {
    }

    /** The message in the language of the page being rendered. */
    public static String inPageLanguage(String dutch) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.forLanguageTag("nl") : faces.getViewRoot().getLocale();
        return in(locale, dutch);
    }

    public static String in(Locale locale, String dutch) {
        if (dutch == null || !"en".equals(locale.getLanguage())) {
            return dutch;
        }
        return english(dutch).orElse(dutch);
    }

    /** The English text of a module message, if one is known (listed, or a number pattern). */
    public static Optional<String> english(String dutch) {
        if (dutch == null) {
            return Optional.empty();
        }
        String english = ENGLISH.getProperty(dutch);
        if (english != null) {
            return Optional.of(english);
        }
        Matcher atMost = AT_MOST.matcher(dutch);
        if (atMost.matches()) {
            return Optional.of("may be at most " + atMost.group(1) + switch (atMost.group(2)) {
                case "zijn" -> "";
                case "weken zijn" -> " weeks";
                case "dagen hebben" -> " days";
                default -> " characters long";
            });
        }
        Matcher atLeast = AT_LEAST.matcher(dutch);
        if (atLeast.matches()) {
            return Optional.of("must be at least " + atLeast.group(1) + ("zijn".equals(atLeast.group(2)) ? "" : " characters long"));
        }
        Matcher confirmed = ALREADY_CONFIRMED.matcher(dutch);
        if (confirmed.matches()) {
            return Optional.of("there already are " + confirmed.group(1)
                    + " confirmed registrations; cancel some first or choose at least that number");
        }
        return Optional.empty();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ModuleMessages.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
