package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.MigrationStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The startup check (ADR 0050) waits for the modules {@link MigrationStatus#MODULES} names: exactly the modules whose
 * schema bean migrates at deployment ({@code new ModuleSchema("…")} in an EJB module), in the EAR's order. A new module
 * with tables that is not in the list would let the server report "started" before its tables exist; one in the list
 * that never migrates would keep it from ever starting.
 */
class MigratingModulesTest {

    private static final Pattern SCHEMA = Pattern.compile("new ModuleSchema\\(\"([a-z]+)\"");
    private static final Pattern EJB_MODULE = Pattern.compile("<artifactId>([a-z]+)-ejb</artifactId>");

    @Test
    void theStartupCheckWaitsForEveryModuleThatMigratesInTheEarsOrder() throws IOException {
        Path root = Path.of(System.getProperty("project.root", ".."));
        Set<String> migrating = new TreeSet<>();
        try (Stream<Path> modules = Files.list(root)) {
            modules.filter(module -> module.getFileName().toString().endsWith("-ejb"))
                    .map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .forEach(sources -> migrating.addAll(schemaModules(sources)));
        }
        String ear = Files.readString(root.resolve("ear/pom.xml"));
        String modulesOfTheEar = ear.substring(ear.indexOf("<modules>"), ear.indexOf("</modules>"));
        List<String> earOrder = new ArrayList<>();
        Matcher module = EJB_MODULE.matcher(modulesOfTheEar);
        while (module.find()) {
            earOrder.add(module.group(1));
        }

        assertThat(migrating).as("modules with a schema bean").hasSizeGreaterThanOrEqualTo(6);
        assertThat(MigrationStatus.MODULES).containsExactlyInAnyOrderElementsOf(migrating);
        assertThat(MigrationStatus.MODULES).as("in the EAR's order (ear/pom.xml)")
                .containsExactlyElementsOf(earOrder.stream().filter(migrating::contains).toList());
    }

    private static Set<String> schemaModules(Path sources) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                try {
                    Matcher schema = SCHEMA.matcher(Files.readString(file));
                    while (schema.find()) {
                        found.add(schema.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
