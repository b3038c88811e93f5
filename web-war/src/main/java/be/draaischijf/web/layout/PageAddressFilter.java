package be.draaischijf.web.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A view's file name asked for directly ({@code /kalender.xhtml}, {@code /meldpunt/dossiers.xhtml}) is sent on to
 * the page's address ({@code /kalender}, {@code /meldpunt/dossiers}), so that every page has one address, the one
 * web.xml protects. Only GET and HEAD are sent on: a form of a page that the server forwards to its view posts to
 * the address it was shown at ({@code sameAddress}), and Faces' own postbacks and resources
 * ({@code /jakarta.faces.resource/…}) are left alone, as are the forwards and error pages the server makes itself.
 * The path is the container's normalised servlet path (no {@code ;parameters}, no doubled slashes), so the redirect
 * always stays on this site.
 */
@WebFilter(filterName = "PageAddressFilter") // mapped in web.xml (*.xhtml, REQUEST), where the order of the filters is set
public class PageAddressFilter extends HttpFilter {

    private static final String SUFFIX = ".xhtml";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // what the browser asked for (the home page "/" is served by the welcome file index.xhtml: not a view file asked
        // for), and where that is in the site, normalised by the container
        String asked = request.getRequestURI().replaceFirst(";.*$", "");
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!asked.endsWith(SUFFIX) || !path.endsWith(SUFFIX) || path.startsWith(RESOURCES)
                || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + address(path)
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }

    /** {@code /meldpunt/dossiers.xhtml} → {@code /meldpunt/dossiers}; {@code /index.xhtml} → {@code /}. */
    static String address(String path) {
        String page = "/" + path.substring(0, path.length() - SUFFIX.length()).replaceFirst("^/+", "");
        if (page.equals("/index")) {
            return "/";
        }
        return page.endsWith("/index") ? page.substring(0, page.length() - "index".length()) : page;
    }
}
