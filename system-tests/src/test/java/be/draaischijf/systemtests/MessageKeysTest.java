package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules speak in keys, never in sentences (ADR 0023): every Bean Validation message of a module is a
 * {@code {key}}, every refusal and field error names a key, and every key has a text in Dutch and in English.
 */
class MessageKeysTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    static final List<String> MODULES = List.of("platform", "identity-api", "identity-ejb", "partner-api", "partner-ejb",
            "referral-api", "referral-ejb", "training-api", "training-ejb", "network-api", "network-ejb");

    static final Pattern MESSAGE = Pattern.compile("message\\s*=\\s*\"([^\"]*)\"");
    static final Pattern REFUSAL = Pattern.compile(
            "(?:new (?:NotFound|NotPermitted|ChangedMeanwhile|NotAllowedNow|Busy)|NotAllowedNow\\.because\\(\"[A-Z_]+\",)\\s*\\(?\\s*\"([^\"]+)\"");
    static final Pattern FIELD_ERROR = Pattern.compile("(?:FieldError\\.of|new FieldError)\\([^,]+,\\s*\"([a-z][^\"]*)\"");
    static final Pattern UNREADABLE = Pattern.compile("new Unreadable\\(\"([^\"]+)\"");
    static final Pattern KEY_CONSTANT = Pattern.compile("static final String \\w+ = \"((?:draaischijf|identity|partner|referral|training|network)\\.[a-z.-]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys("nl")).isEqualTo(keys("en")).hasSizeGreaterThan(100);
    }

    @Test
    void everyConstraintMessageOfAModuleIsAKeyWithATextInBothLanguages() {
        Set<String> nl = keys("nl");
        List<String> found = new ArrayList<>();
        sources().forEach(source -> {
            Matcher message = MESSAGE.matcher(read(source));
            while (message.find()) {
                found.add(message.group(1));
                assertThat(message.group(1)).as("a message key, not a sentence, in " + source).matches("\\{[a-z][a-z0-9.-]+\\}");
                assertThat(nl).as("a text for " + message.group(1) + " (" + source + ")")
                        .contains(message.group(1).substring(1, message.group(1).length() - 1));
            }
        });
        assertThat(found).as("constraint messages found").hasSizeGreaterThan(300);
    }

    @Test
    void everyRefusalAndFieldErrorOfAModuleNamesAKeyWithATextInBothLanguages() {
        Set<String> nl = keys("nl");
        List<String> found = new ArrayList<>();
        sources().forEach(source -> {
            String text = read(source);
            for (Pattern pattern : List.of(REFUSAL, FIELD_ERROR, UNREADABLE, KEY_CONSTANT)) {
                Matcher key = pattern.matcher(text);
                while (key.find()) {
                    found.add(key.group(1));
                    assertThat(nl).as("a text for " + key.group(1) + " (" + source + ")").contains(key.group(1));
                }
            }
        });
        assertThat(found).as("refusal keys found").hasSizeGreaterThan(60);
    }

    @Test
    void noModuleThrowsASentence() {
        Pattern sentence = Pattern.compile("throw new \\w+\\(\"[^\"]* [^\"]*\"");
        sources().filter(source -> !source.toString().contains("/db/migration/")).forEach(source -> {
            Matcher thrown = sentence.matcher(read(source));
            while (thrown.find()) {
                // programming errors (a bug, never shown to a person) may say what went wrong in English
                assertThat(thrown.group()).as(source + " throws a sentence")
                        .matches("throw new (Illegal(State|Argument)Exception|NotSent)\\(.*");
            }
        });
    }

    static Set<String> keys(String language) {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("platform/src/main/resources/ValidationMessages_" + language
                + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        texts.values().forEach(text -> assertThat((String) text).as("a text").isNotBlank());
        return new TreeSet<>(texts.stringPropertyNames());
    }

    static Stream<Path> sources() {
        return MODULES.stream().map(module -> ROOT.resolve(module).resolve("src/main/java")).filter(Files::isDirectory)
                .flatMap(folder -> {
                    try (Stream<Path> files = Files.walk(folder)) {
                        return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
