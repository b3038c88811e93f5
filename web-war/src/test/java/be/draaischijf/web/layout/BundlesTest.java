package be.draaischijf.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Everything a person reads is in Dutch and in English: the two bundles have the same keys, none empty. */
class BundlesTest {

    @Test
    void theDutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties dutch = load("messages_nl");
        Properties english = load("messages_en");

        Set<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
        onlyDutch.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(dutch.stringPropertyNames());

        assertThat(onlyDutch).as("keys without English").isEmpty();
        assertThat(onlyEnglish).as("keys without Dutch").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages_nl", "messages_en"}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames().stream().filter(key -> texts.getProperty(key).isBlank()))
                    .as(bundle).isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/be/draaischijf/web/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
