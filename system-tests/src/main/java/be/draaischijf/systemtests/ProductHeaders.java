package be.draaischijf.systemtests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a Payara domain.xml so that no listener names the server in its answers: {@code xpowered-by="false"}
 * (no {@code X-Powered-By: Payara Server …}) and {@code server-header="false"} (no {@code Server: Payara Server …}) on
 * every {@code <http>} element. Payara adds both headers when it reads the request, in its HTTP codec, before the
 * application runs; the Servlet API can replace them but not remove them, so this is the domain's to say. City IT
 * does the same with {@code asadmin set} (README, "Deploying to an existing Payara Server 6").
 */
final class ProductHeaders {

    private static final Pattern HTTP_WITHOUT_XPOWERED_BY = Pattern.compile("<http (?![^>]*\\bxpowered-by=)");
    private static final Pattern HTTP_WITHOUT_SERVER_HEADER = Pattern.compile("<http (?![^>]*\\bserver-header=)");

    private ProductHeaders() {
    }

    static String off(String domainXml) {
        String xml = HTTP_WITHOUT_XPOWERED_BY.matcher(domainXml)
                .replaceAll(Matcher.quoteReplacement("<http xpowered-by=\"false\" "));
        return HTTP_WITHOUT_SERVER_HEADER.matcher(xml).replaceAll(Matcher.quoteReplacement("<http server-header=\"false\" "));
    }
}
