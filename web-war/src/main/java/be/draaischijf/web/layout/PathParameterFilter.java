package be.draaischijf.web.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code /aanbod/{id}} with the view {@code /aanbod-detail.xhtml?id={id}} and
 * {@code /partner/aanbod/{id}} with {@code /partner/aanbod-bewerken.xhtml?id={id}} (forwards, not redirects;
 * the security constraint of the address asked for applies).
 */
@WebFilter(filterName = "PathParameterFilter") // mapped in web.xml, where the order of the filters is set
public class PathParameterFilter extends HttpFilter {

    private static final Pattern OFFER = Pattern.compile("/aanbod/([0-9a-fA-F-]{36})/?");
    private static final Pattern OWN_OFFER = Pattern.compile("/partner/aanbod/([0-9a-fA-F-]{36})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher offer = OFFER.matcher(path);
        Matcher ownOffer = OWN_OFFER.matcher(path);
        if (offer.matches()) {
            request.getRequestDispatcher("/aanbod-detail.xhtml?id=" + offer.group(1)).forward(request, response);
        } else if (ownOffer.matches()) {
            request.getRequestDispatcher("/partner/aanbod-bewerken.xhtml?id=" + ownOffer.group(1)).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
