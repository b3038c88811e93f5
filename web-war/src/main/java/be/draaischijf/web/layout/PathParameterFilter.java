package be.draaischijf.web.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves addresses with an id in the path by a view with the id as a parameter (forwards, not
 * redirects; the security constraint of the address asked for applies): {@code /aanbod/{id}}, {@code /partners/{id}},
 * {@code /partner/aanbod/{id|nieuw}}, {@code /meldpunt/aanbod/{id|nieuw}} and
 * {@code /meldpunt/organisaties/{id|nieuw}}, {@code /meldpunt/dossiers/{id}}, {@code /meldpunt/overleg/{id|nieuw}},
 * {@code /mijn/aanmeldingen/{id}}, {@code /partner/doorverwijzingen/{id}}, {@code /vorming/{id}},
 * {@code /inschrijving/{token}}, {@code /meldpunt/vormingen/{id|nieuw}}, {@code /meldpunt/themas/{code}} and
 * {@code /meldpunt/themabijeenkomsten/{id|nieuw}}. The query string (such as
 * {@code ?organisatie=} or {@code ?dossier=}) is kept.
 */
@WebFilter(filterName = "PathParameterFilter") // mapped in web.xml, where the order of the filters is set
public class PathParameterFilter extends HttpFilter {

    private static final String ID = "([0-9a-fA-F-]{36})/?";
    private static final String ID_OR_NEW = "([0-9a-fA-F-]{36}|nieuw)/?";

    private static final String TOKEN = "([A-Za-z0-9_-]{10,100})/?";

    /** A code of a reference list (a signal theme). */
    private static final String CODE = "([A-Z0-9_]{1,40})/?";

    private static final Map<Pattern, String> VIEWS = Map.ofEntries(
            Map.entry(Pattern.compile("/aanbod/" + ID), "/aanbod-detail.xhtml"),
            Map.entry(Pattern.compile("/partners/" + ID), "/partner-detail.xhtml"),
            Map.entry(Pattern.compile("/partner/aanbod/" + ID_OR_NEW), "/partner/aanbod-bewerken.xhtml"),
            Map.entry(Pattern.compile("/meldpunt/aanbod/" + ID_OR_NEW), "/meldpunt/aanbod-bewerken.xhtml"),
            Map.entry(Pattern.compile("/meldpunt/organisaties/" + ID_OR_NEW), "/meldpunt/organisatie.xhtml"),
            Map.entry(Pattern.compile("/meldpunt/dossiers/" + ID), "/meldpunt/dossier.xhtml"),
            Map.entry(Pattern.compile("/meldpunt/overleg/" + ID_OR_NEW), "/meldpunt/overleg.xhtml"),
            Map.entry(Pattern.compile("/mijn/aanmeldingen/" + ID), "/mijn/aanmelding.xhtml"),
            Map.entry(Pattern.compile("/partner/doorverwijzingen/" + ID), "/partner/doorverwijzing.xhtml"),
            Map.entry(Pattern.compile("/vorming/" + ID), "/vorming.xhtml"),
            Map.entry(Pattern.compile("/inschrijving/" + TOKEN), "/inschrijving.xhtml"),
            Map.entry(Pattern.compile("/meldpunt/vormingen/" + ID_OR_NEW), "/meldpunt/vorming.xhtml"),
            Map.entry(Pattern.compile("/meldpunt/themas/" + CODE), "/meldpunt/thema.xhtml"),
            Map.entry(Pattern.compile("/meldpunt/themabijeenkomsten/" + ID_OR_NEW), "/meldpunt/themabijeenkomst.xhtml"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Map.Entry<Pattern, String> view : VIEWS.entrySet()) {
            Matcher matcher = view.getKey().matcher(path);
            if (matcher.matches()) {
                String query = request.getQueryString() == null ? "" : "&" + request.getQueryString();
                request.getRequestDispatcher(view.getValue() + "?id=" + matcher.group(1) + query).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
