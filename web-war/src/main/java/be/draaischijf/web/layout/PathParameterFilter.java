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
 * redirects; the security constraint of the address asked for applies): {@code /aanbod/{id}},
 * {@code /partner/aanbod/{id|nieuw}}, {@code /meldpunt/aanbod/{id|nieuw}} and
 * {@code /meldpunt/organisaties/{id|nieuw}}, {@code /meldpunt/dossiers/{id}}, {@code /meldpunt/overleg/{id|nieuw}},
 * {@code /mijn/aanmeldingen/{id}} and {@code /partner/doorverwijzingen/{id}}. The query string (such as
 * {@code ?organisatie=} or {@code ?dossier=}) is kept.
 */
@WebFilter(filterName = "PathParameterFilter") // mapped in web.xml, where the order of the filters is set
public class PathParameterFilter extends HttpFilter {

    private static final String ID = "([0-9a-fA-F-]{36})/?";
    private static final String ID_OR_NEW = "([0-9a-fA-F-]{36}|nieuw)/?";

    private static final Map<Pattern, String> VIEWS = Map.of(
            Pattern.compile("/aanbod/" + ID), "/aanbod-detail.xhtml",
            Pattern.compile("/partner/aanbod/" + ID_OR_NEW), "/partner/aanbod-bewerken.xhtml",
            Pattern.compile("/meldpunt/aanbod/" + ID_OR_NEW), "/meldpunt/aanbod-bewerken.xhtml",
            Pattern.compile("/meldpunt/organisaties/" + ID_OR_NEW), "/meldpunt/organisatie.xhtml",
            Pattern.compile("/meldpunt/dossiers/" + ID), "/meldpunt/dossier.xhtml",
            Pattern.compile("/meldpunt/overleg/" + ID_OR_NEW), "/meldpunt/overleg.xhtml",
            Pattern.compile("/mijn/aanmeldingen/" + ID), "/mijn/aanmelding.xhtml",
            Pattern.compile("/partner/doorverwijzingen/" + ID), "/partner/doorverwijzing.xhtml");

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
