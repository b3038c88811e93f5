package be.draaischijf.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModuleMessagesTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void anEnglishPageShowsTheModuleMessagesInEnglish() {
        assertThat(ModuleMessages.in(EN, "is verplicht")).isEqualTo("is required");
        assertThat(ModuleMessages.in(EN, "vul je voornaam in")).isEqualTo("fill in your first name");
        assertThat(ModuleMessages.in(EN, "kies minstens één probleemgebied")).isEqualTo("choose at least one problem area");
        assertThat(ModuleMessages.in(EN, "mag hoogstens 200 tekens lang zijn")).isEqualTo("may be at most 200 characters long");
        assertThat(ModuleMessages.in(EN, "mag hoogstens 500 zijn")).isEqualTo("may be at most 500");
        assertThat(ModuleMessages.in(EN, "moet minstens 12 tekens lang zijn")).isEqualTo("must be at least 12 characters long");
    }

    @Test
    void aDutchPageKeepsTheDutchAndAnUnknownMessageIsNotLost() {
        assertThat(ModuleMessages.in(NL, "is verplicht")).isEqualTo("is verplicht");
        assertThat(ModuleMessages.in(EN, "onbekende probleemgebieden: XYZ")).isEqualTo("onbekende probleemgebieden: XYZ");
    }

    /** A new bean-validation message in an API jar without an English text here fails this test. */
    @Test
    void everyValidationMessageOfTheModuleApisHasAnEnglishText() throws IOException {
        Pattern message = Pattern.compile("message = \"([^\"]+)\"");
        Set<String> untranslated = new TreeSet<>();
        for (String api : new String[] {"partner-api", "referral-api", "training-api"}) {
            Path sources = Path.of("..", api, "src", "main", "java");
            assertThat(sources).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher found = message.matcher(Files.readString(file));
                    while (found.find()) {
                        if (ModuleMessages.in(EN, found.group(1)).equals(found.group(1))) {
                            untranslated.add(found.group(1));
                        }
                    }
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void theTrainingModulesRefusalsReadInEnglish() {
        assertThat(ModuleMessages.in(EN, "de sessie is al begonnen of voorbij; een inschrijving annuleren kan niet meer"))
                .isEqualTo("the session has already started or is over; a registration can no longer be cancelled");
        assertThat(ModuleMessages.in(EN, "er zijn al 12 bevestigde inschrijvingen; annuleer er eerst of kies minstens dat aantal"))
                .isEqualTo("there already are 12 confirmed registrations; cancel some first or choose at least that number");
        for (String dutch : List.of(
                "de sessie is al begonnen of voorbij; een inschrijving annuleren kan niet meer",
                "deze sessie is geannuleerd; er valt niets meer te annuleren",
                "het is nu erg druk voor deze sessie; probeer het over enkele seconden opnieuw",
                "is geen gekende sector",
                "deze link is niet (meer) geldig",
                "een geannuleerde of afgelopen sessie kan je niet meer wijzigen",
                "alleen bevestigde deelnemers kan je aanwezig of afwezig zetten",
                "de eerste dag ligt in het verleden; kies nieuwe data",
                "dit e-mailadres is al ingeschreven voor deze sessie")) {
            assertThat(ModuleMessages.english(dutch)).as(dutch).isPresent();
        }
    }

    /**
     * The sentences the training module puts in the refusals a page shows (TransitionNotAllowed, InvalidInput,
     * SessionBusy, UnknownToken, SessionChangedMeanwhile): a new one without an English text fails this test. A
     * sentence built with a number ({@code "er zijn al " + n + " ..."}) is tried with a number in its place. The
     * refusals that carry ids (UnknownSession, UnknownRegistration, NotPermitted) are never shown: their texts are
     * in the bundles.
     */
    @Test
    void everyRefusalTheTrainingModuleThrowsHasAnEnglishText() throws IOException {
        Path sources = Path.of("..", "training-ejb", "src", "main", "java");
        assertThat(sources).isDirectory();
        Pattern thrown = Pattern.compile("new (TransitionNotAllowed|SessionBusy|UnknownToken|SessionChangedMeanwhile)\\s*\\("
                + "|errors\\.put\\(\\s*\"\\w+\"\\s*,|new InvalidInput\\(\\s*Map\\.of\\(\\s*\"\\w+\"\\s*,");
        Map<String, String> constants = new TreeMap<>();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher constant = Pattern.compile("String\\s+(\\w+)\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*;").matcher(source);
                while (constant.find()) {
                    constants.put(constant.group(1), unquote(constant.group(2)));
                }
                Matcher found = thrown.matcher(source);
                while (found.find()) {
                    texts.add(expression(source, found.end()));
                }
            }
        }
        assertThat(texts).as("refusals found in training-ejb").isNotEmpty();
        Set<String> untranslated = new TreeSet<>();
        for (String expression : texts) {
            for (String dutch : samples(expression, constants)) {
                if (ModuleMessages.english(dutch).isEmpty()) {
                    untranslated.add(dutch);
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    /** The Java expression from {@code start} up to the comma or closing parenthesis that ends the argument. */
    private static String expression(String source, int start) {
        int depth = 0;
        StringBuilder expression = new StringBuilder();
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                expression.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' || c == ',') {
                if (depth == 0) {
                    break;
                }
                if (c == ')') {
                    depth--;
                }
            }
            expression.append(c);
        }
        return expression.toString().strip();
    }

    /**
     * The messages an argument can give: a concatenation with a number in place of each non-literal part; otherwise
     * each string literal in it (both sides of a {@code ?:}), or the constant it names.
     */
    private static List<String> samples(String expression, Map<String, String> constants) {
        List<String> literals = new ArrayList<>();
        Matcher literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(expression);
        while (literal.find()) {
            literals.add(unquote(literal.group()));
        }
        String outside = literal.replaceAll("\"\"");
        if (outside.contains("+")) {
            StringBuilder sample = new StringBuilder();
            for (String part : expression.split("\\+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String trimmed = part.strip();
                sample.append(trimmed.startsWith("\"") && trimmed.endsWith("\"") ? unquote(trimmed) : "7");
            }
            return List.of(sample.toString());
        }
        if (literals.isEmpty()) {
            String name = expression.replaceAll(".*\\.", "");
            return List.of(constants.getOrDefault(name, expression));
        }
        return literals;
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
