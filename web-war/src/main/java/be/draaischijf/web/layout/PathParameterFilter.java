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

/** Serves {@code /aanbod/{id}} with the view {@code /aanbod-detail.xhtml?id={id}} (a forward, not a redirect). */
@WebFilter(filterName = "PathParameterFilter", urlPatterns = "/aanbod/*")
public class PathParameterFilter extends HttpFilter {

    private static final Pattern OFFER = Pattern.compile("/aanbod/([0-9a-fA-F-]{36})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher offer = OFFER.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (offer.matches()) {
            request.getRequestDispatcher("/aanbod-detail.xhtml?id=" + offer.group(1)).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
