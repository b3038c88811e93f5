package be.draaischijf.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * khal, a calendar client from Debian's package, with a configuration and calendars of its own in a folder
 * (vdir: one file per event, named after its UID). Its local time zone is UTC, so what it shows for an
 * event in Europe/Brussels is the client's own conversion. {@code import --batch} is what a person does who
 * imports an .ics file or a feed: a new UID becomes a new event, a known UID replaces that event.
 */
final class CalendarClient {

    static final Path KHAL = Path.of("/usr/bin/khal");
    private static final String[] CALENDARS = {"mail", "feed", "zone"};

    private final Path home;

    private CalendarClient(Path home) {
        this.home = home;
    }

    static CalendarClient in(Path folder) {
        DebianPackages.ensure(KHAL, "khal");
        try {
            StringBuilder config = new StringBuilder("[calendars]\n");
            for (String calendar : CALENDARS) {
                Files.createDirectories(folder.resolve(calendar));
                config.append("[[").append(calendar).append("]]\npath = ").append(folder.resolve(calendar))
                        .append("\ntype = calendar\n");
            }
            config.append("""
                    [locale]
                    local_timezone = UTC
                    default_timezone = UTC
                    timeformat = %H:%M
                    dateformat = %Y-%m-%d
                    longdateformat = %Y-%m-%d
                    datetimeformat = %Y-%m-%d %H:%M
                    longdatetimeformat = %Y-%m-%d %H:%M
                    [default]
                    default_calendar = mail
                    """);
            Files.writeString(folder.resolve("khal.conf"), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CalendarClient(folder);
    }

    /** Imports iCalendar text into one of the client's calendars (mail, feed or zone), as a person would. */
    void importIcs(String calendar, String ics) {
        try {
            Path file = Files.createTempFile(home, "import-", ".ics");
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            khal("import", "--batch", "-a", calendar, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The events of one calendar between two days whose title contains {@code title}, each as
     * "start|end|title" in the client's local time (UTC), in the order the client lists them.
     */
    List<String> events(String calendar, String title, String fromDay, String toDay) {
        return Arrays.stream(khal("list", "-a", calendar, "--day-format", "", "--format", "{start}|{end}|{title}",
                        fromDay, toDay).split("\n"))
                .map(String::strip).filter(line -> line.contains(title)).toList();
    }

    /** How many events (files) a calendar holds: a changed UID would leave the old event beside the new one. */
    long stored(String calendar) {
        try (Stream<Path> files = Files.list(home.resolve(calendar))) {
            return files.filter(f -> f.toString().endsWith(".ics")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String khal(String... arguments) {
        List<String> command = new ArrayList<>(List.of(KHAL.toString(), "-c", home.resolve("khal.conf").toString()));
        command.addAll(List.of(arguments));
        try {
            Path errors = home.resolve("khal-errors.log");
            Path out = Files.createTempFile(home, "khal-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()));
            builder.environment().put("TZ", "UTC");
            builder.environment().put("LC_ALL", "C.UTF-8");
            Process process = builder.start();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output + Files.readString(errors));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
