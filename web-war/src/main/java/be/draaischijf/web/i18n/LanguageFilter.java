package be.draaischijf.web.i18n;

import be.draaischijf.identity.api.Accounts;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Handles {@code ?lang=xx} on a GET: remembers the choice (cookie for a year, and the account of a
 * logged-in person) and redirects to the same address without the parameter. It also runs when an
 * error page is shown, so that the switch works on a 403 page, whose request never reached it.
 */
@WebFilter(filterName = "LanguageFilter") // mapped in web.xml, where the order of the filters is set
public class LanguageFilter extends HttpFilter {

    @EJB
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String chosen = request.getParameter("lang");
        boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR;
        if (chosen == null || !"GET".equals(request.getMethod()) || !Language.SUPPORTED.contains(chosen)
                || (errorPage && response.isCommitted())) {
            chain.doFilter(request, response);
            return;
        }
        remember(request, response, chosen);
        if (request.getRemoteUser() != null) {
            accounts.changeLanguage(chosen);
        }
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.sendRedirect(errorPage && failedUri != null ? failedUri.toString() : withoutLang(request));
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, String language) {
        Cookie cookie = new Cookie(Language.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(Language.COOKIE, language);
    }

    private static String withoutLang(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getRequestURI());
        String separator = "?";
        for (String part : request.getQueryString().split("&")) {
            if (!part.isEmpty() && !part.startsWith("lang=")) {
                url.append(separator).append(part);
                separator = "&";
            }
        }
        return url.toString();
    }
}
