package be.draaischijf.systemtests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a Payara domain.xml so that no answer names the server: {@code xpowered-by="false"} (no
 * {@code X-Powered-By: Payara Server …}) and {@code server-header="false"} (no {@code Server: Payara Server …}) on
 * every {@code <http>} element, and an empty {@code product.name} for the server's own error pages (those of its
 * /health, /metrics and /openapi, and of requests it refuses itself), which otherwise end in "Payara Server 6…".
 * Payara adds both headers when it reads the request, in its HTTP codec, before the application runs; the Servlet API
 * can replace a header but not remove it, so this is the domain's to say. City IT does the same with {@code asadmin}
 * (README, "Deploying to an existing Payara Server 6").
 */
final class ProductHeaders {

    private static final Pattern HTTP_WITHOUT_XPOWERED_BY = Pattern.compile("<http (?![^>]*\\bxpowered-by=)");
    private static final Pattern HTTP_WITHOUT_SERVER_HEADER = Pattern.compile("<http (?![^>]*\\bserver-header=)");
    /** Read by Payara's web container (its error pages) and HTTP codec only; empty, they leave the name out. */
    static final String NO_PRODUCT_NAME = "<jvm-options>-Dproduct.name=</jvm-options>";

    private ProductHeaders() {
    }

    static String off(String domainXml) {
        String xml = HTTP_WITHOUT_XPOWERED_BY.matcher(domainXml)
                .replaceAll(Matcher.quoteReplacement("<http xpowered-by=\"false\" "));
        xml = HTTP_WITHOUT_SERVER_HEADER.matcher(xml).replaceAll(Matcher.quoteReplacement("<http server-header=\"false\" "));
        // the first java-config is the server's (server-config); default-config is only a template for new instances
        return xml.contains("-Dproduct.name=") ? xml
                : xml.replaceFirst("</java-config>", Matcher.quoteReplacement(NO_PRODUCT_NAME + "</java-config>"));
    }
}
