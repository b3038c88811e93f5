package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links in the application's mails, taken as they are mailed. The server under test is given its own
 * address as {@code DRAAISCHIJF_BASE_URL} ({@link DeployedApp}), so a link with another host or port fails here
 * instead of being rewritten to a path.
 */
final class MailLinks {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s\"<>]+");

    private MailLinks() {
    }

    /** The first link in this text whose path (and query) starts with {@code path}; it must be on the server's address. */
    static String link(String text, String path) {
        List<String> links = new ArrayList<>();
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            String link = matcher.group().replaceAll("[.,;:)]+$", "");
            links.add(link);
            URI uri = URI.create(link);
            String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (pathAndQuery.startsWith(path)) {
                assertThat(link).as("the mailed link is on the address the server was given (DRAAISCHIJF_BASE_URL)")
                        .startsWith(DeployedApp.baseUrl() + path);
                return link;
            }
        }
        throw new AssertionError("no link to " + path + "… in the mail; its links: " + links);
    }

    /** The last path segment of a link: the token of {@code …/inschrijving/<token>}. */
    static String lastSegment(String link) {
        String path = URI.create(link).getRawPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
