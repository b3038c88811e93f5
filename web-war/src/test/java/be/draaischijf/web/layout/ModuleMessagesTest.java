package be.draaischijf.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
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
}
